"""HTTP handlers the gateway mounts (it owns routing, JSON decoding and error rendering):

POST /v1/tasks/{name}                       -> task_http
POST /v1/tasks/artefacts/{id}/signoff       -> signoff_http
"""

from __future__ import annotations

from typing import Any

from medgate.errors import InvalidRequest
from medgate.tasks.client import AuditLog, ChatClient
from medgate.tasks.registry import task_for
from medgate.tasks.runner import FORMATS, arun
from medgate.tasks.signoff import sign_off

_TASK_FIELDS = frozenset({"input", "model", "format", "options"})
_SIGNOFF_FIELDS = frozenset({"clinician", "note"})


def _object(body: Any, known: frozenset[str]) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise InvalidRequest("the request body must be a JSON object")
    if unknown := sorted(set(body) - known):
        raise InvalidRequest(f"unknown field(s): {', '.join(unknown)}", param=unknown[0])
    return body


def _field(body: dict[str, Any], name: str, kind: type, *, required: bool = False) -> Any:
    value = body.get(name)
    if value is None:
        if required:
            raise InvalidRequest(f"{name} is required", param=name)
        return None
    if not isinstance(value, kind):
        raise InvalidRequest(
            f"{name} must be a {kind.__name__.replace('str', 'string')}", param=name
        )
    return value


async def task_http(
    client: ChatClient, audit: AuditLog | None, name: str, body: dict[str, Any]
) -> dict[str, Any]:
    """`POST /v1/tasks/{name}` with {"input", "model"?, "format"?, "options"?}."""
    task_for(name)  # an unknown task is a 404 before anything about the body
    body = _object(body, _TASK_FIELDS)
    text = _field(body, "input", str, required=True)
    model = _field(body, "model", str)
    fmt = _field(body, "format", str) or "json"
    if fmt not in FORMATS:
        raise InvalidRequest(f"format must be one of {', '.join(FORMATS)}", param="format")
    options = _field(body, "options", dict)
    result = await arun(client, name, text, model=model, format=fmt, options=options, audit=audit)
    return result.to_dict()


async def signoff_http(audit: AuditLog, artefact_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """`POST /v1/tasks/artefacts/{id}/signoff` with {"clinician", "note"?}."""
    body = _object(body, _SIGNOFF_FIELDS)
    clinician = _field(body, "clinician", str, required=True)
    note = _field(body, "note", str)
    return sign_off(audit, artefact_id, clinician, note)
