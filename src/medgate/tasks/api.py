"""HTTP handlers the gateway mounts (it owns routing, JSON decoding and error rendering):

POST /v1/tasks/{name}                       -> task_http
POST /v1/tasks/artefacts/{id}/signoff       -> signoff_http

Bodies are validated by the pydantic types below, which also document the routes (/openapi.json).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, NotRequired

from pydantic import ConfigDict, Field, with_config
from typing_extensions import TypedDict

from medgate.tasks.client import AuditLog, ChatClient
from medgate.tasks.registry import task_for
from medgate.tasks.runner import arun
from medgate.tasks.signoff import sign_off
from medgate.tasks.store import ArtefactStore
from medgate.validation import validator

FORBID = ConfigDict(extra="forbid")


@with_config(FORBID)
class TaskRequest(TypedDict):
    input: Annotated[str, Field(description="the clinical text (transcript, note, question)")]
    model: NotRequired[str | None]
    format: NotRequired[Literal["json", "fhir"] | None]
    options: NotRequired[dict[str, Any] | None]


@with_config(FORBID)
class SignoffRequest(TypedDict):
    clinician: Annotated[str, Field(min_length=1)]
    note: NotRequired[str | None]


@with_config(ConfigDict(extra="allow"))
class TaskResponse(TypedDict):
    task: str
    id: str
    result: dict[str, Any]
    reasoning_content: NotRequired[str]
    fhir: NotRequired[dict[str, Any]]
    review_required: bool
    status: str
    medgate: dict[str, Any]


@with_config(ConfigDict(extra="allow"))
class SignoffResponse(TypedDict):
    kind: Literal["signoff"]
    artefact_id: str
    task: str | None
    clinician: str
    at: str
    note: NotRequired[str]


_task_request = validator(TaskRequest)
_signoff_request = validator(SignoffRequest)


async def task_http(
    client: ChatClient, audit: AuditLog | None, name: str, body: dict[str, Any],
    artefacts: ArtefactStore | None = None, key_id: str | None = None,
) -> dict[str, Any]:
    """`POST /v1/tasks/{name}` with {"input", "model"?, "format"?, "options"?}."""
    task_for(name)  # an unknown task is a 404 before anything about the body
    req = _task_request(body)
    result = await arun(client, name, req["input"], model=req.get("model"), format=req.get("format") or "json",
                        options=req.get("options"), audit=audit, artefacts=artefacts, key_id=key_id)
    return result.to_dict()


async def signoff_http(audit: AuditLog, artefacts: ArtefactStore, artefact_id: str, body: dict[str, Any],
                       key_id: str | None = None) -> dict[str, Any]:
    """`POST /v1/tasks/artefacts/{id}/signoff` with {"clinician", "note"?}."""
    return signoff_sync(audit, artefacts, artefact_id, body, key_id)


def signoff_sync(audit: AuditLog, artefacts: ArtefactStore, artefact_id: str, body: dict[str, Any],
                 key_id: str | None = None) -> dict[str, Any]:
    """The same, for a worker thread (the artefact store is a database)."""
    req = _signoff_request(body)
    return sign_off(audit, artefacts, artefact_id, req["clinician"], req.get("note"), key_id)
