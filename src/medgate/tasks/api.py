"""HTTP handlers the gateway mounts (it owns routing, JSON decoding and error rendering):

POST /v1/tasks/image-report                 -> image_report_http (files as data URLs, or multipart)
GET  /v1/tasks                              -> task_list
POST /v1/tasks/{name}                       -> task_http
POST /v1/tasks/artefacts/{id}/signoff       -> signoff_http

Bodies are validated by the pydantic types below, which also document the routes (/openapi.json).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal, NotRequired

import orjson
from pydantic import ConfigDict, Field, with_config
from typing_extensions import TypedDict

from medgate.errors import InvalidRequest
from medgate.imaging import Attachment, parse_data_url, parse_selection
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


@with_config(FORBID)
class FileObject(TypedDict):
    url: Annotated[str, Field(description="data:application/dicom;base64,… (or application/pdf, image/png, "
                                          "image/jpeg)")]
    name: NotRequired[Annotated[str, Field(max_length=255)]]
    frames: NotRequired[Annotated[str | list[int], Field(description='DICOM frames, 1-based: "1,3-5"')]]
    pages: NotRequired[Annotated[str | list[int], Field(description='PDF pages, 1-based: "1-2"')]]


@with_config(FORBID)
class ImageReportRequest(TypedDict):
    files: Annotated[list[str | FileObject], Field(min_length=1, max_length=16,
                                                   description="data URLs, or objects with one and its name, "
                                                               "frames or pages")]
    input: NotRequired[Annotated[str | None, Field(description="the clinical question (default: describe the "
                                                               "findings)")]]
    model: NotRequired[str | None]
    format: NotRequired[Literal["json", "fhir"] | None]
    options: NotRequired[dict[str, Any] | None]


class ImageReportForm(TypedDict):
    """The same as multipart/form-data: one `file` part per file, the rest as text fields."""

    file: Annotated[list[bytes], Field(description="DICOM, PDF, PNG or JPEG files (repeat the part)")]
    input: NotRequired[str]
    model: NotRequired[str]
    format: NotRequired[Literal["json", "fhir"]]
    options: NotRequired[Annotated[str, Field(description='a JSON object, e.g. {"frames": "1-3"}')]]


_task_request = validator(TaskRequest)
_image_request = validator(ImageReportRequest)


class TaskInfo(TypedDict):
    name: str
    use_case: str
    input_label: str
    fhir: bool  # whether `format: fhir` adds a FHIR Bundle
    takes_files: bool  # its input is files (POST /v1/tasks/image-report), the text a question
    options_schema: dict[str, Any]  # JSON Schema of `options`
    output_schema: dict[str, Any]  # JSON Schema of `result`


class TaskList(TypedDict):
    object: Literal["list"]
    data: list[TaskInfo]


def task_list() -> TaskList:
    """`GET /v1/tasks`: every task in the TASKS table with its option and result schemas (the
    console builds its forms and documents from these, so a new task needs no new page)."""
    return {"object": "list", "data": [
        {"name": name, "use_case": t.use_case, "input_label": t.input_label, "fhir": t.supports_fhir(),
         "takes_files": t.takes_files,
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


def _attachment(item: str | FileObject, index: int) -> Attachment:
    param = f"files[{index}]"
    if isinstance(item, str):
        url, name, frames, pages = item, None, None, None
    else:
        url, name, frames, pages = item["url"], item.get("name"), item.get("frames"), item.get("pages")
        param += ".url"
    parsed = parse_data_url(url, param=param)
    return Attachment(parsed.data, parsed.media_type, name,
                      parse_selection(frames, param=f"files[{index}].frames"),
                      parse_selection(pages, param=f"files[{index}].pages"))


async def image_report_http(client: ChatClient, audit: AuditLog | None, body: Any,
                            artefacts: ArtefactStore | None = None, key_id: str | None = None) -> dict[str, Any]:
    """`POST /v1/tasks/image-report` with {"files": [data URL | {url, name?, frames?, pages?}], "input"?,
    "model"?, "format"?, "options"?}."""
    req = _image_request(body)
    files = [_attachment(item, i) for i, item in enumerate(req["files"])]
    return await _run_files(client, audit, req, files, artefacts, key_id)


async def image_report_form(client: ChatClient, audit: AuditLog | None, fields: Mapping[str, str],
                            files: list[Attachment], artefacts: ArtefactStore | None = None,
                            key_id: str | None = None) -> dict[str, Any]:
    """The same from multipart/form-data: `file` parts, and input, model, format, options fields."""
    unknown = sorted(set(fields) - {"input", "model", "format", "options"})
    if unknown:
        raise InvalidRequest(f"unknown form field(s) {', '.join(unknown)}; fields are file, input, model, "
                             "format, options", param=unknown[0])
    options: Any = None
    if "options" in fields:
        try:
            options = orjson.loads(fields["options"])
        except orjson.JSONDecodeError as exc:
            raise InvalidRequest(f"options must be a JSON object: {exc}", param="options") from exc
    if fields.get("format") not in (None, "json", "fhir"):
        raise InvalidRequest("format must be json or fhir", param="format")
    req = {"input": fields.get("input"), "model": fields.get("model") or None, "format": fields.get("format"),
           "options": options}
    return await _run_files(client, audit, req, files, artefacts, key_id)


async def _run_files(client: ChatClient, audit: AuditLog | None, req: Mapping[str, Any],
                     files: list[Attachment], artefacts: ArtefactStore | None,
                     key_id: str | None) -> dict[str, Any]:
    result = await arun(client, "image-report", req.get("input") or "", model=req.get("model"),
                        format=req.get("format") or "json", options=req.get("options"), audit=audit, files=files,
                        artefacts=artefacts, key_id=key_id)
    return result.to_dict()
