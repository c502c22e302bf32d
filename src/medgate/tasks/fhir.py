"""FHIR export of task results: R4-compatible JSON built and validated with R4B models.

fhir.resources 7+ makes **R5** the default package (`fhir.resources.composition` is R5); the R4
family lives only as **R4B** (`fhir.resources.R4B`), which HL7 describes as mainly identical to
R4 for the resources used here (Bundle, Composition, DocumentReference, Condition, Device). We
build plain dicts, validate them by constructing `fhir.resources.R4B.bundle.Bundle` (which
constructs every entry's resource model), and return the validated model's JSON as a dict.

Every generated resource carries `meta.security` AIAST ("artificial intelligence asserted",
HL7 AI Transparency on FHIR), notes are `preliminary` until a clinician signs them off, and the
model that wrote them is a `Device` in the document, referenced as author.
"""

from __future__ import annotations

import base64
import html
import uuid
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import orjson
from fhir.resources.R4B.bundle import Bundle

from medgate.tasks.render import as_text, inline

if TYPE_CHECKING:
    from medgate.tasks.base import FhirContext, Section

LOINC = "http://loinc.org"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
AI_META: dict[str, Any] = {
    "security": [
        {
            "system": "http://terminology.hl7.org/CodeSystem/v3-ObservationValue",
            "code": "AIAST",
            "display": "Artificial Intelligence asserted",
        }
    ]
}
VER_STATUS = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
NOTE_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"
CODE_CAVEAT = (
    "ICD-10-CM code suggested by the model: format-checked only, not verified "
    "against the CMS code set."
)


def _ref(value: str | None) -> dict[str, str] | None:
    return {"reference": value} if value else None


def _urn() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def _div(value: Any) -> str:
    """XHTML narrative for a section value (text paragraphs or a list)."""
    if isinstance(value, list):
        items = "".join(f"<li>{html.escape(inline(v))}</li>" for v in value)
        body = f"<ul>{items}</ul>" if items else "<p>None recorded.</p>"
    else:
        body = "".join(f"<p>{html.escape(line)}</p>" for line in str(value).splitlines() if line)
    return f'<div xmlns="http://www.w3.org/1999/xhtml">{body or "<p>None recorded.</p>"}</div>'


def _validated(bundle: dict[str, Any]) -> dict[str, Any]:
    """Construct the R4B models (raises pydantic.ValidationError) and return plain JSON."""
    model = Bundle.model_validate(bundle)
    out: dict[str, Any] = orjson.loads(model.model_dump_json(exclude_none=True))
    return out


def _bundle(kind: str, ctx: FhirContext, entries: Iterable[tuple[str, dict[str, Any]]]) -> Any:
    return {
        "resourceType": "Bundle",
        "meta": AI_META,
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{ctx.artefact_id}"},
        "type": kind,
        "timestamp": ctx.timestamp,
        "entry": [{"fullUrl": url, "resource": res} for url, res in entries],
    }


def _device(ctx: FhirContext) -> dict[str, Any]:
    return {
        "resourceType": "Device",
        "meta": AI_META,
        "deviceName": [{"name": ctx.alias, "type": "model-name"}],
        "type": {"text": "AI language model (via medgate)"},
    }


def note_bundle(
    result: dict[str, Any],
    ctx: FhirContext,
    *,
    doc_type: tuple[str, str],
    title: str,
    sections: Sequence[Section],
) -> dict[str, Any]:
    """A document Bundle: Composition (preliminary, LOINC-typed, one section per part), the
    DocumentReference that indexes it (docStatus preliminary) and the authoring Device."""
    code, display = doc_type
    doc_code = {"coding": [{"system": LOINC, "code": code, "display": display}], "text": display}
    comp_url, docref_url, device_url = _urn(), _urn(), _urn()
    author = [{"reference": device_url, "display": f"medgate model {ctx.alias}"}]
    subject, encounter = _ref(ctx.subject), _ref(ctx.encounter)
    composition: dict[str, Any] = {
        "resourceType": "Composition",
        "meta": AI_META,
        "status": "preliminary",
        "type": doc_code,
        "subject": subject,
        "encounter": encounter,
        "date": ctx.timestamp,
        "author": author,
        "title": title,
        "section": [
            {
                "title": s.title,
                "code": {"coding": [{"system": LOINC, "code": s.loinc}]} if s.loinc else None,
                "text": {"status": "generated", "div": _div(result.get(s.field, ""))},
            }
            for s in sections
        ],
    }
    text = as_text({s.title: result.get(s.field) for s in sections})
    docref: dict[str, Any] = {
        "resourceType": "DocumentReference",
        "meta": AI_META,
        "status": "current",
        "docStatus": "preliminary",
        "type": doc_code,
        "category": [
            {
                "coding": [
                    {"system": NOTE_CATEGORY, "code": "clinical-note", "display": "Clinical Note"}
                ]
            }
        ],
        "subject": subject,
        "date": ctx.timestamp,
        "author": author,
        "description": title,
        "content": [
            {
                "attachment": {
                    "contentType": "text/plain; charset=utf-8",
                    "data": base64.b64encode(text.encode()).decode(),
                    "title": title,
                    "creation": ctx.timestamp,
                }
            }
        ],
        "context": {"encounter": [encounter]} if encounter else None,
    }
    entries = [(comp_url, composition), (docref_url, docref), (device_url, _device(ctx))]
    return _validated(_bundle("document", ctx, entries))


def _condition(rank: int, total: int, c: dict[str, Any], ctx: FhirContext) -> dict[str, Any]:
    code: dict[str, Any] = {"text": c["diagnosis"]}
    notes = [f"Rank {rank} of {total} in the differential; likelihood: {inline(c['likelihood'])}."]
    if c.get("icd10"):
        code["coding"] = [{"system": ICD10CM, "code": c["icd10"], "userSelected": False}]
        notes.append(CODE_CAVEAT)
    for key, label in (
        ("opposing", "Against"),
        ("red_flags", "Red flags"),
        ("next_tests", "Next tests"),
    ):
        if c.get(key):
            notes.append(f"{label}: {'; '.join(c[key])}.")
    return {
        "resourceType": "Condition",
        "meta": AI_META,
        "verificationStatus": {
            "coding": [{"system": VER_STATUS, "code": "differential", "display": "Differential"}]
        },
        "category": [
            {
                "coding": [
                    {
                        "system": CATEGORY,
                        "code": "encounter-diagnosis",
                        "display": "Encounter Diagnosis",
                    }
                ]
            }
        ],
        "code": code,
        # Condition.subject is required in R4: without a caller-given patient, say so.
        "subject": _ref(ctx.subject) or {"display": "Patient not specified"},
        "encounter": _ref(ctx.encounter),
        "recordedDate": ctx.timestamp,
        "evidence": [{"code": [{"text": f}]} for f in c.get("supporting", [])] or None,
        "note": [{"text": n} for n in notes],
    }


def differential_bundle(candidates: list[dict[str, Any]], ctx: FhirContext) -> dict[str, Any]:
    """A collection Bundle of Conditions (verificationStatus differential) in rank order."""
    total = len(candidates)
    entries = [(_urn(), _condition(i, total, c, ctx)) for i, c in enumerate(candidates, 1)]
    return _validated(_bundle("collection", ctx, entries))
