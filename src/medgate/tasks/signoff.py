"""Clinician sign-off of a task artefact: who and when, kept with the artefact (tasks/store.py)
and appended to the audit trail.

Sign-off is the only way an artefact stops being an unreviewed draft (HL7 AI Transparency:
AIAST becomes CLINAST_AIRPT once a clinician attests). Several sign-offs (e.g. a co-signature)
are all recorded; the trail is append-only.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from medgate.errors import InvalidRequest, NotFound
from medgate.tasks.client import AuditLog
from medgate.tasks.store import ArtefactStore

MAX_NOTE = 2000


def sign_off(
    audit: AuditLog, artefacts: ArtefactStore, artefact_id: str, clinician: str,
    note: str | None = None, key_id: str | None = None,
) -> dict[str, Any]:
    """Record that `clinician` reviewed artefact `artefact_id`; NotFound if it was never made."""
    if not isinstance(clinician, str) or not clinician.strip():
        raise InvalidRequest("clinician must be a non-empty string", param="clinician")
    if note is not None and (not isinstance(note, str) or len(note) > MAX_NOTE):
        raise InvalidRequest(
            f"note must be a string of at most {MAX_NOTE} characters", param="note"
        )
    made = artefacts.get(artefact_id)
    if made is None:
        raise NotFound(f"no task artefact {artefact_id!r}", param="artefact_id")
    record: dict[str, Any] = {
        "kind": "signoff",
        "artefact_id": artefact_id,
        "task": made.get("task"),
        "clinician": clinician.strip(),
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "security_label": "CLINAST_AIRPT",
    }
    artefacts.sign(artefact_id, record["clinician"], note or None, record["at"], key_id)
    if note:
        record["note"] = note
    # The audit holds who signed what and when; the note stays with the artefact (it may quote
    # the chart, and the audit never holds clinical text).
    audit.append({k: v for k, v in record.items() if k != "note"} | {"key_id": key_id})
    return record
