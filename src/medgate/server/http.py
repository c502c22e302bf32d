"""Small ASGI helpers: read a bounded body, send JSON, send an SSE stream. Typed like Starlette's
`types.py`: plain aliases, no framework objects."""

from __future__ import annotations

import logging
import math
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from typing import Any

import orjson

from medgate.auth.keys import Principal
from medgate.errors import InternalError, InvalidJSON, MedgateError, PayloadTooLarge

log = logging.getLogger("medgate.server")
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

JSON_HEADERS = [(b"content-type", b"application/json")]
PRINCIPAL = "medgate.principal"  # scope key: who is asking (set by the server before the handler)
ROUTE = "medgate.route"  # scope key: the matched route (server/app.py RouteSpec)
AUDITED = "medgate.audited"  # scope key: the handler wrote this request's audit record
SSE_HEADERS = [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache"),
               (b"x-accel-buffering", b"no")]


def principal_of(scope: Scope) -> Principal | None:
    p: Principal | None = scope.get(PRINCIPAL)
    return p


def route_name(scope: Scope) -> str:
    route = scope.get(ROUTE)
    return str(route.name) if route is not None else "unrouted"


def header_map(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", ())}


async def read_body(scope: Scope, receive: Receive, limit: int) -> bytes:
    for key, value in scope.get("headers", ()):
        if key == b"content-length" and value.isdigit() and int(value) > limit:
            raise PayloadTooLarge(f"request body is {int(value)} bytes; the limit is {limit}")
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ConnectionAbortedError
        body = message.get("body", b"")
        size += len(body)
        if size > limit:
            raise PayloadTooLarge(f"request body exceeds the limit of {limit} bytes")
        chunks.append(body)
        if not message.get("more_body", False):
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def parse_json(raw: bytes) -> Any:
    if not raw:
        raise InvalidJSON("the request body is empty; send a JSON object")
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InvalidJSON(f"the request body is not valid JSON: {exc}") from exc


async def send_json(send: Send, status: int, data: Any, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    await send_raw_json(send, status, orjson.dumps(data), extra)


async def send_raw_json(send: Send, status: int, body: bytes,
                        extra: list[tuple[bytes, bytes]] | None = None) -> None:
    """A body already serialised (e.g. by a worker process)."""
    await send({"type": "http.response.start", "status": status,
                "headers": [*JSON_HEADERS, (b"content-length", str(len(body)).encode()), *(extra or ())]})
    await send({"type": "http.response.body", "body": body})


async def send_error(send: Send, exc: MedgateError, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    headers = list(extra or ())
    retry_after = getattr(exc, "retry_after", None)
    if retry_after is not None:
        headers.append((b"retry-after", str(max(1, math.ceil(retry_after))).encode()))
    await send_json(send, exc.http_status(), exc.to_dict(), headers)


async def send_sse(send: Send, events: AsyncIterator[dict[str, Any]],
                   extra: list[tuple[bytes, bytes]] | None = None) -> None:
    """Each event goes out as it comes (no buffering); the stream always ends with [DONE], after
    an error event if the events themselves failed."""
    await send({"type": "http.response.start", "status": 200, "headers": [*SSE_HEADERS, *(extra or ())]})
    try:
        async for event in events:
            await send({"type": "http.response.body", "body": b"data: " + orjson.dumps(event) + b"\n\n",
                        "more_body": True})
    except Exception as exc:  # last resort (the gateway ends its own streams): never a cut without [DONE]
        log.error("stream events failed with %s; ended with an error event", type(exc).__name__)
        await send({"type": "http.response.body", "more_body": True,
                    "body": b"data: " + orjson.dumps(InternalError().to_dict()) + b"\n\n"})
    await send({"type": "http.response.body", "body": b"data: [DONE]\n\n", "more_body": False})
