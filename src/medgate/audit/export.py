"""`medgate audit export`: the chain's records as JSON lines, CSV, or FHIR AuditEvent resources.

FHIR follows the IHE Basic Audit Log Patterns (BALP) on R4 (fhir.resources' R4B package, which
HL7 describes as R4 plus fixes): a RESTful-operation event (type `rest`, subtype the FHIR
interaction), the client's API key as the requesting agent, medgate as the observer, and the
request as the entity — with counts, codes and ids only, as in the record itself.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, TextIO

import orjson
import sqlalchemy as sa

from medgate.store.tables import AUDIT_LOG

FORMATS = ("jsonl", "csv", "fhir")
CSV_COLUMNS = ("seq", "id", "time", "kind", "key_id", "route", "alias", "deployment", "status",
               "http_status", "error", "attempts", "prompt_tokens", "completion_tokens", "cost_usd",
               "latency_ms", "phi", "hash")
_BALP = "https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit"
_EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type"
_INTERACTION = "http://hl7.org/fhir/restful-interaction"
_DCM = "http://dicom.nema.org/resources/ontology/DCM"
# What each kind of record did, as a BALP action and FHIR interaction.
_ACTIONS: dict[str, tuple[str, str]] = {
    "chat": ("E", "operation"), "task": ("C", "create"), "task_error": ("E", "operation"),
    "signoff": ("C", "create"), "deid": ("E", "operation"), "triage": ("E", "operation"),
    "request": ("E", "operation"), "audit_prune": ("D", "delete"), "keys": ("U", "update"),
}


def records(engine: sa.Engine, since: float | None = None) -> Iterator[dict[str, Any]]:
    after = -1
    with engine.connect() as conn:
        while True:
            query = sa.select(AUDIT_LOG.c.seq, AUDIT_LOG.c.data, AUDIT_LOG.c.hash).where(AUDIT_LOG.c.seq > after)
            if since is not None:
                query = query.where(AUDIT_LOG.c.ts >= since)
            rows = conn.execute(query.order_by(AUDIT_LOG.c.seq).limit(2000)).all()
            for row in rows:
                yield orjson.loads(row.data) | {"hash": row.hash}
            if len(rows) < 2000:
                return
            after = rows[-1].seq


def latest(engine: sa.Engine, limit: int) -> list[dict[str, Any]]:
    """The last `limit` records, newest first (the console's audit page)."""
    with engine.connect() as conn:
        rows = conn.execute(sa.select(AUDIT_LOG.c.data, AUDIT_LOG.c.hash)
                            .order_by(AUDIT_LOG.c.seq.desc()).limit(limit)).all()
    return [orjson.loads(row.data) | {"hash": row.hash} for row in rows]


def write(engine: sa.Engine, fmt: str, out: TextIO, since: float | None = None) -> int:
    """Write the records since `since` to `out`; returns how many."""
    n = 0
    if fmt == "jsonl":
        for r in records(engine, since):
            out.write(orjson.dumps(r).decode() + "\n")
            n += 1
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for r in records(engine, since):
            writer.writerow([_csv_cell(r, c) for c in CSV_COLUMNS])
            n += 1
    else:
        from fhir.resources.R4B.bundle import Bundle

        entries = [{"fullUrl": f"urn:uuid:{r['id']}", "resource": audit_event(r)}
                   for r in records(engine, since)]
        n = len(entries)
        bundle = {"resourceType": "Bundle", "type": "collection", "entry": entries,
                  "timestamp": datetime.now(UTC).isoformat(timespec="seconds")}
        Bundle.model_validate(bundle)  # a malformed resource is a bug, not an export
        out.write(orjson.dumps(bundle, option=orjson.OPT_INDENT_2).decode() + "\n")
    return n


def _csv_cell(r: dict[str, Any], column: str) -> Any:
    if column == "time":
        return _iso(r["ts"])
    value = r.get(column)
    if isinstance(value, dict | list):
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
    return "" if value is None else value


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds")


def _outcome(r: dict[str, Any]) -> str:
    status = r.get("http_status")
    if r.get("status") in (None, "ok") and (status is None or status < 400):
        return "0"  # success
    return "8" if isinstance(status, int) and status >= 500 else "4"  # serious / minor failure


def audit_event(r: dict[str, Any]) -> dict[str, Any]:
    """One record as an R4 AuditEvent (BALP Basic Audit): no text, ids and counts only."""
    action, interaction = _ACTIONS.get(r["kind"], ("E", "operation"))
    who = r.get("key_id") or "anonymous (loopback, no keys configured)"
    details = {k: r[k] for k in ("alias", "deployment", "route", "attempts", "prompt_tokens",
                                 "completion_tokens", "cost_usd", "error", "task", "artefact_id")
               if r.get(k) is not None}
    if r.get("phi"):
        details["phi"] = r["phi"]
    event: dict[str, Any] = {
        "resourceType": "AuditEvent",
        "id": r["id"][:64].replace("_", "-"),
        "meta": {"profile": [_BALP]},
        "type": {"system": _EVENT_TYPE, "code": "rest", "display": "RESTful Operation"},
        "subtype": [{"system": _INTERACTION, "code": interaction}],
        "action": action,
        "recorded": _iso(r["ts"]),
        "outcome": _outcome(r),
        "agent": [
            {"type": {"coding": [{"system": _DCM, "code": "110153", "display": "Source Role ID"}]},
             "who": {"identifier": {"system": "urn:medgate:api-key", "value": who}}, "requestor": True},
            {"type": {"coding": [{"system": _DCM, "code": "110152", "display": "Destination Role ID"}]},
             "who": {"display": "medgate"}, "requestor": False},
        ],
        "source": {"observer": {"display": "medgate"},
                   "type": [{"system": "http://terminology.hl7.org/CodeSystem/security-source-type",
                             "code": "4", "display": "Application Server"}]},
        "entity": [{
            "what": {"identifier": {"system": "urn:medgate:request", "value": r["id"]}},
            "type": {"system": "http://terminology.hl7.org/CodeSystem/audit-entity-type", "code": "2",
                     "display": "System Object"},
            "detail": [{"type": k, "valueString": orjson.dumps(v).decode() if not isinstance(v, str) else v}
                       for k, v in sorted(details.items())]
                      + [{"type": "chain", "valueString": f"seq {r.get('seq')} sha256 {r.get('hash')}"}],
        }],
    }
    if r.get("error"):
        event["outcomeDesc"] = str(r["error"])
    return event


def to_text(engine: sa.Engine, fmt: str, since: float | None = None) -> str:
    buf = io.StringIO()
    write(engine, fmt, buf, since)
    return buf.getvalue()
