"""HTTP handlers for the OpenAI Files and Batch routes, and the types that validate and document
them (/openapi.json). The route table in server/app.py names these handlers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, NotRequired
from urllib.parse import parse_qs

from pydantic import ConfigDict, Field, with_config
from typing_extensions import TypedDict

from medgate.errors import InvalidRequest
from medgate.server.http import Receive, Scope, Send, parse_json, principal_of, read_body, send_json
from medgate.validation import validator

if TYPE_CHECKING:
    from medgate.app import App
    from medgate.auth import Principal
    from medgate.batch.service import BatchService

OPEN = ConfigDict(extra="allow")


@with_config(ConfigDict(extra="forbid"))
class BatchCreateRequest(TypedDict):
    input_file_id: str
    endpoint: Annotated[str, Field(description="/v1/chat/completions, /v1/deid or /v1/tasks/<task>")]
    completion_window: Literal["24h"]
    metadata: NotRequired[dict[str, str] | None]
    output_expires_after: NotRequired[dict[str, Any] | None]
    budget_usd: NotRequired[Annotated[float, Field(ge=0, description="stop sending lines once spent")]]
    max_concurrency: NotRequired[Annotated[int, Field(ge=1, description="lines in flight at once")]]


@with_config(ConfigDict(extra="forbid"))
class FileUpload(TypedDict):
    """multipart/form-data, as the openai SDK's files.create sends it."""

    file: Annotated[bytes, Field(description="the JSONL of batch requests")]
    purpose: Literal["batch"]


@with_config(OPEN)
class FileObject(TypedDict):
    id: str
    object: Literal["file"]
    bytes: int
    created_at: int
    filename: str
    purpose: str
    status: str


class RequestCounts(TypedDict):
    total: int
    completed: int
    failed: int


@with_config(OPEN)
class BatchObject(TypedDict):
    id: str
    object: Literal["batch"]
    endpoint: str
    input_file_id: str
    completion_window: str
    status: Literal["validating", "failed", "in_progress", "finalizing", "completed", "expired",
                    "cancelling", "cancelled"]
    output_file_id: str | None
    error_file_id: str | None
    created_at: int
    request_counts: RequestCounts
    medgate: Annotated[dict[str, Any], Field(description="cost_usd so far, budget_usd, max_concurrency")]


class BatchList(TypedDict):
    object: Literal["list"]
    data: list[BatchObject]
    first_id: str | None
    last_id: str | None
    has_more: bool


_validate_create = validator(BatchCreateRequest)


def _service(app: App) -> BatchService:
    return app.batch_service()


def _key(scope: Scope) -> Principal | None:
    """Who asks (None: no keys exist). A key sees its own files and batches; an admin's, all."""
    return principal_of(scope)


async def create_file(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    key = _key(scope)
    await send_json(send, 200, await _service(app).files.upload(scope, receive, key.id if key else None))


async def get_file(app: App, scope: Scope, receive: Receive, send: Send, params: list[str]) -> None:
    await send_json(send, 200, _service(app).files.get(params[0], _key(scope)))


async def file_content(app: App, scope: Scope, receive: Receive, send: Send, params: list[str]) -> None:
    files = _service(app).files
    meta = files.get(params[0], _key(scope))
    await send({"type": "http.response.start", "status": 200, "headers": [
        (b"content-type", b"application/octet-stream"), (b"content-length", str(meta["bytes"]).encode())]})
    async for chunk in files.content(params[0]):
        await send({"type": "http.response.body", "body": chunk, "more_body": True})
    await send({"type": "http.response.body", "body": b"", "more_body": False})


async def create_batch(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    body = _validate_create(parse_json(await read_body(scope, receive, app.config.max_body_bytes)))
    await send_json(send, 200, _service(app).create(dict(body), _key(scope)))


async def get_batch(app: App, scope: Scope, receive: Receive, send: Send, params: list[str]) -> None:
    await send_json(send, 200, _service(app).get(params[0], _key(scope)))


async def cancel_batch(app: App, scope: Scope, receive: Receive, send: Send, params: list[str]) -> None:
    await send_json(send, 200, _service(app).cancel(params[0], _key(scope)))


async def list_batches(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    limit_raw = (query.get("limit") or ["20"])[-1]
    if not limit_raw.isdigit() or not 1 <= int(limit_raw) <= 100:
        raise InvalidRequest("limit must be an integer from 1 to 100", param="limit")
    after = (query.get("after") or [None])[-1]
    await send_json(send, 200, _service(app).page(after, int(limit_raw), _key(scope)))
