"""HTTP handlers the gateway mounts (it owns routing, JSON decoding and error rendering):

GET  /v1/tasks                              -> task_list
POST /v1/tasks/{name}                       -> task_http
POST /v1/tasks/artefacts/{id}/signoff       -> signoff_http

Bodies are validated by the pydantic types below, which also document the routes (/openapi.json).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, NotRequired

from pydantic import ConfigDict, Field, with_config
from typing_extensions import TypedDict

from medgate.tasks.client import AuditLog, ChatClient
from medgate.tasks.registry import TASKS, task_for
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


class TaskInfo(TypedDict):
    name: str
    use_case: str
    input_label: str
    fhir: bool  # whether `format: fhir` adds a FHIR Bundle
    options_schema: dict[str, Any]  # JSON Schema of `options`
    output_schema: dict[str, Any]  # JSON Schema of `result`


class TaskList(TypedDict):
    object: Literal["list"]
    data: list[TaskInfo]


_task_request = validator(TaskRequest)


def task_list() -> TaskList:
    """`GET /v1/tasks`: every task in the TASKS table with its option and result schemas (the
    console builds its forms and documents from these, so a new task needs no new page)."""
    return {"object": "list", "data": [
        {"name": name, "use_case": t.use_case, "input_label": t.input_label, "fhir": t.supports_fhir(),
         "options_schema": t.options_model.model_json_schema(),
         "output_schema": t.output.model_json_schema()} for name, t in TASKS.items()]}

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
