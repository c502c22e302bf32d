"""medgate's ASGI application: routes, lifespan, and the OpenAI-shaped error boundary.

Handlers take (app, scope, body) and return JSON or an event stream; every MedgateError becomes
the OpenAI error JSON with its status here, in one place.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

import orjson

from medgate.app import App
from medgate.config import Config
from medgate.errors import InternalError, InvalidRequest, MedgateError, MethodNotAllowed, NotFound
from medgate.gateway.options import request_options
from medgate.server.http import (
    JSON_HEADERS,
    Message,
    Receive,
    Scope,
    Send,
    header_map,
    parse_json,
    read_body,
    send_error,
    send_json,
    send_sse,
)
from medgate.server.openapi import Op, build_document
from medgate.server.schemas import DeidRequest, DeidResponse, Health, ModelList, OpenApiDocument
from medgate.types import ChatCompletion, ChatCompletionRequest
from medgate.validation import validator

log = logging.getLogger("medgate.server")
_deid_request = validator(DeidRequest)
Handler = Callable[[App, Scope, Receive, Send, list[str]], Awaitable[None]]


async def chat_completions(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    """Every outcome is answered here with the request's headers (`X-Request-Id`, escalation) and
    audited once by the gateway, refusals of an unreadable body included."""
    gateway = app.gateway
    assert gateway is not None
    ticket = gateway.ticket()
    try:
        body = parse_json(await read_body(scope, receive, app.config.max_body_bytes))
        options = request_options(body if isinstance(body, dict) else {}, header_map(scope))
        if isinstance(body, dict) and body.get("stream") is True:
            # raises (audited) before the first byte on failure
            events = await gateway.stream(body, options, ticket, advice_in_content=True)
            await send_sse(send, events, ticket.headers())
        else:
            resp = await gateway.complete(body, options, ticket, advice_in_content=True)
            await send_json(send, 200, resp, ticket.headers())
    except ConnectionAbortedError:
        gateway.cancelled(ticket)  # the client left before sending its body
    except Exception as exc:  # any failure, a bug included, is audited once and answered OpenAI-shaped
        await send_error(send, gateway.fail(ticket, exc), ticket.headers())


async def list_models(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    now = int(time.time())
    assert app.gateway is not None
    data = []
    for a in app.config.models.values():
        price = app.gateway.price_for(a.deployments[0])
        data.append({"id": a.alias, "object": "model", "created": now, "owned_by": "medgate",
                     "family": a.family, "deployments": [d.name for d in a.deployments],
                     "trust": a.deployments[0].trust,
                     "pricing": {"input_per_m": price.input_per_m, "output_per_m": price.output_per_m}
                     if price is not None else None})
    await send_json(send, 200, {"object": "list", "data": data})


async def health(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    audit = app.audit.health()
    status = "ok" if audit["healthy"] else "degraded"
    await send_json(send, 200, {"status": status, "models": sorted(app.config.models), "audit": audit})


async def deid(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    from medgate.privacy.api import deid_http

    body = _deid_request(parse_json(await read_body(scope, receive, app.config.max_body_bytes)))
    await send_json(send, 200, deid_http(dict(body)))


async def task(app: App, scope: Scope, receive: Receive, send: Send, params: list[str]) -> None:
    from medgate.tasks.api import task_http

    body = parse_json(await read_body(scope, receive, app.config.max_body_bytes))
    await send_json(send, 200, await task_http(app, app.audit, params[0], body))


async def image_report(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    """JSON with files as data URLs, or multipart/form-data with `file` parts."""
    from medgate.imaging import Attachment
    from medgate.server.multipart import is_multipart, parse_form
    from medgate.tasks.api import image_report_form, image_report_http

    raw = await read_body(scope, receive, app.config.max_body_bytes)
    content_type = header_map(scope).get("content-type")
    if not is_multipart(content_type):
        await send_json(send, 200, await image_report_http(app, app.audit, parse_json(raw)))
        return
    assert content_type is not None
    form = parse_form(raw, content_type)
    if any(f.field != "file" for f in form.files):
        raise InvalidRequest("files go in form parts named file", param="file")
    files = [Attachment(f.data, f.content_type, f.filename) for f in form.files]
    await send_json(send, 200, await image_report_form(app, app.audit, form.fields, files))


async def signoff(app: App, scope: Scope, receive: Receive, send: Send, params: list[str]) -> None:
    from medgate.tasks.api import signoff_http

    body = parse_json(await read_body(scope, receive, app.config.max_body_bytes))
    await send_json(send, 200, await signoff_http(app.audit, params[0], body))


async def openapi(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    if app.openapi is None:
        app.openapi = orjson.dumps(build_document((m, p, op) for m, p, _, op in ROUTES))
    await send({"type": "http.response.start", "status": 200, "headers": [
        *JSON_HEADERS, (b"content-length", str(len(app.openapi)).encode())]})
    await send({"type": "http.response.body", "body": app.openapi})


_CHAT_HEADERS = (("X-Medgate-PHI", "block | pseudonymise | allow (the body's `phi` wins)"),
                 ("X-Medgate-Thinking", "true | false (the body's `thinking` wins)"))

_TASKS = "medgate.tasks.api:"  # named, not imported: the task layer loads on first task request
# (method, path, handler, what the document says) with "{name}" for one path segment.
# The only place routes are named; /openapi.json is generated from this table.
ROUTES: tuple[tuple[str, tuple[str, ...], Handler, Op], ...] = (
    ("POST", ("v1", "chat", "completions"), chat_completions,
     Op("OpenAI Chat Completions, full or streamed", ChatCompletion, ChatCompletionRequest, stream=True,
        headers=_CHAT_HEADERS, statuses=(400, 403, 404, 413, 502, 503, 504))),
    ("GET", ("v1", "models"), list_models, Op("Configured aliases", ModelList, statuses=())),
    ("GET", ("health",), health, Op("Liveness, and the audit store's state", Health, statuses=())),
    ("GET", ("openapi.json",), openapi, Op("This document (OpenAPI 3.1)", OpenApiDocument, statuses=())),
    ("POST", ("v1", "deid"), deid, Op("De-identify clinical text", DeidResponse, DeidRequest, statuses=(400, 413))),
    ("POST", ("v1", "tasks", "artefacts", "{id}", "signoff"), signoff,
     Op("Record a clinician's sign-off of a task artefact (audited)", _TASKS + "SignoffResponse",
        _TASKS + "SignoffRequest", statuses=(400, 404))),
    ("POST", ("v1", "tasks", "image-report"), image_report,
     Op("Report on medical images and documents (DICOM, PDF, PNG, JPEG): JSON with data URLs, or "
        "multipart/form-data", _TASKS + "TaskResponse", _TASKS + "ImageReportRequest",
        form=_TASKS + "ImageReportForm", statuses=(400, 403, 404, 413, 415, 422, 502, 503, 504))),
    ("POST", ("v1", "tasks", "{name}"), task,
     Op("Run a clinical task; the result is schema-validated", _TASKS + "TaskResponse", _TASKS + "TaskRequest",
        statuses=(400, 404, 422, 502, 503, 504))),
)


def match(method: str, path: str) -> tuple[Handler, list[str]]:
    parts = tuple(p for p in path.split("/") if p)
    allowed = False
    for route_method, pattern, handler, _ in ROUTES:
        if len(pattern) != len(parts):
            continue
        params = []
        for want, got in zip(pattern, parts, strict=True):
            if want.startswith("{"):
                params.append(got)
            elif want != got:
                break
        else:
            if route_method == method:
                return handler, params
            allowed = True
    if allowed:
        raise MethodNotAllowed(f"{method} is not allowed on {path}")
    raise NotFound(f"no route for {method} {path}")


class MedgateASGI:
    """The ASGI callable. Holds only the App (built in lifespan); per-request state stays in __call__."""

    def __init__(self, config: Config, app: App | None = None) -> None:
        self.config = config
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        assert self.app is not None
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            handler, params = match(scope["method"], scope["path"])
            await handler(self.app, scope, receive, tracking_send, params)
        except MedgateError as exc:
            if not started:
                await send_error(send, exc)
        except ConnectionAbortedError:
            return  # the client left before sending its body
        except Exception as exc:  # last-resort boundary: a bug still answers in OpenAI shape
            # Type and path only: an exception's text may quote a prompt, and logs never hold PHI.
            log.error("unhandled %s on %s %s", type(exc).__name__, scope["method"], scope["path"])
            if not started:
                await send_error(send, InternalError())

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    if self.app is None:
                        self.app = App(self.config)
                    await self.app.start()
                except MedgateError as exc:
                    await send({"type": "lifespan.startup.failed", "message": exc.message})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self.app is not None:
                    await self.app.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return
