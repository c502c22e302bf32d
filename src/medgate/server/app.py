"""medgate's ASGI application: routes, keys, lifespan, and the OpenAI-shaped error boundary.

Handlers take (app, scope, body) and return JSON or an event stream; every MedgateError becomes
the OpenAI error JSON with its status here, in one place. Each route names what it needs
(`Access`): once any API key exists, every route but /health needs one, and the key's role must
reach the route. Every request is audited once: chat requests by their Ticket, tasks and
sign-offs by their own record, every other request (and every refusal before a handler ran,
401s included) by a `request` record written here.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import orjson

from medgate.app import App
from medgate.auth import Access
from medgate.catalog.api import CatalogList, Recommendation, RecommendRequest
from medgate.config import Config
from medgate.errors import InternalError, MedgateError, MethodNotAllowed, NotFound
from medgate.gateway.options import request_options
from medgate.server import console, views
from medgate.server.cpu_work import deid_response
from medgate.server.disconnect import RequestWatch
from medgate.server.http import (
    AUDITED,
    JSON_HEADERS,
    PRINCIPAL,
    ROUTE,
    Receive,
    Scope,
    Send,
    header_map,
    parse_json,
    principal_of,
    read_body,
    route_name,
    send_error,
    send_json,
    send_raw_json,
    send_sse,
)
from medgate.server.openapi import Op, build_document
from medgate.server.schemas import (
    DeidRequest,
    DeidResponse,
    Health,
    ModelList,
    OpenApiDocument,
    UsageReport,
)
from medgate.server.task_routes import image_report, signoff, task
from medgate.server.views import AuditView, WhoAmI
from medgate.types import ChatCompletion, ChatCompletionRequest

log = logging.getLogger("medgate.server")
Handler = Callable[[App, Scope, Receive, Send, list[str]], Awaitable[None]]


async def chat_completions(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    """Every outcome is answered here with the request's headers (`X-Request-Id`, escalation) and
    audited once by the gateway, refusals of an unreadable body included."""
    gateway = app.gateway
    assert gateway is not None
    ticket = gateway.ticket(principal_of(scope))
    scope[AUDITED] = True
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
                     "trust": a.deployments[0].trust, "phi_policy": a.deployments[0].detector,
                     "pricing": {"input_per_m": price.input_per_m, "output_per_m": price.output_per_m}
                     if price is not None else None})
    await send_json(send, 200, {"object": "list", "data": data})


async def health(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    audit = app.audit.health()
    status = "ok" if audit["healthy"] else "degraded"
    await send_json(send, 200, {"status": status, "models": sorted(app.config.models), "audit": audit})


async def deid(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    raw = await read_body(scope, receive, app.config.max_body_bytes)
    status, body = await app.offload.run(deid_response, raw)  # large bodies: off the event loop
    await send_raw_json(send, status, body)


async def metrics(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    from medgate.gateway.metrics import CONTENT_TYPE

    body = app.metrics.render()
    await send({"type": "http.response.start", "status": 200, "headers": [
        (b"content-type", CONTENT_TYPE.encode()), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


async def openapi(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    if app.openapi is None:
        app.openapi = orjson.dumps(build_document((r.method, r.pattern, r.op) for r in ROUTES))
    await send({"type": "http.response.start", "status": 200, "headers": [
        *JSON_HEADERS, (b"content-length", str(len(app.openapi)).encode())]})
    await send({"type": "http.response.body", "body": app.openapi})


_CHAT_HEADERS = (("X-Medgate-PHI", "block | pseudonymise | allow (the body's `phi` wins)"),
                 ("X-Medgate-Thinking", "true | false (the body's `thinking` wins)"),
                 ("X-Medgate-Burned-In", "refuse | allow: images with text on their pixels to a remote model "
                                         "(the body's `burned_in` wins)"))

_TASKS = "medgate.tasks.api:"  # named, not imported: the task layer loads on first task request
_BATCH = "medgate.server.batch_api:"  # likewise the Batch API (fsspec, python-multipart)


def _lazy(name: str) -> Handler:
    """A handler in server/batch_api.py, imported on its route's first request."""

    async def handler(app: App, scope: Scope, receive: Receive, send: Send, params: list[str]) -> None:
        from medgate.server import batch_api

        await getattr(batch_api, name)(app, scope, receive, send, params)

    handler.__name__ = name
    return handler


_KEY = (401, 403, 429)  # what a route that needs a key may also answer


@dataclass(frozen=True)
class RouteSpec:
    method: str
    pattern: tuple[str, ...]  # "{name}" for one path segment
    handler: Handler
    op: Op
    access: Access  # public (no key) | any | clinical | admin (auth/guard.py ROLE_ACCESS)
    quiet: bool = False  # a success is counted in the metrics but not audited (/health, console files)

    @property
    def name(self) -> str:
        return "/" + "/".join(self.pattern)


# The only place routes are named; /openapi.json is generated from this table.
ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec("POST", ("v1", "chat", "completions"), chat_completions,
              Op("OpenAI Chat Completions, full or streamed", ChatCompletion, ChatCompletionRequest, stream=True,
                 headers=_CHAT_HEADERS, statuses=(400, 402, 403, 404, 413, 415, *_KEY, 502, 503, 504)), "any"),
    RouteSpec("GET", ("v1", "models"), list_models, Op("Configured aliases", ModelList, statuses=_KEY), "any"),
    RouteSpec("GET", ("health",), health, Op("Liveness, and the audit store's state (no key needed)", Health,
                                             statuses=()), "public"),
    RouteSpec("GET", ("openapi.json",), openapi, Op("This document (OpenAPI 3.1)", OpenApiDocument, statuses=_KEY),
              "any"),
    RouteSpec("POST", ("v1", "deid"), deid, Op("De-identify clinical text", DeidResponse, DeidRequest,
                                               statuses=(400, 413, *_KEY)), "any"),
    RouteSpec("POST", ("v1", "tasks", "artefacts", "{id}", "signoff"), signoff,
              Op("Record a clinician's sign-off of a task artefact (audited)", _TASKS + "SignoffResponse",
                 _TASKS + "SignoffRequest", statuses=(400, 404, *_KEY)), "clinical"),
    RouteSpec("POST", ("v1", "tasks", "image-report"), image_report,
              Op("Report on medical images and documents (DICOM, PDF, PNG, JPEG): JSON with data URLs, or "
                 "multipart/form-data", _TASKS + "TaskResponse", _TASKS + "ImageReportRequest",
                 form=_TASKS + "ImageReportForm",
                 statuses=(400, 402, 403, 404, 413, 415, 422, *_KEY, 502, 503, 504)), "clinical"),
    RouteSpec("POST", ("v1", "tasks", "{name}"), task,
              Op("Run a clinical task; the result is schema-validated", _TASKS + "TaskResponse", _TASKS + "TaskRequest",
                 statuses=(400, 402, 404, 422, *_KEY, 502, 503, 504)), "clinical"),
    RouteSpec("GET", ("v1", "usage"), views.usage,
              Op("Requests, tokens and cost by key, alias, deployment and day (query: group_by, since, until, "
                 "key); a non-admin key sees its own", UsageReport, statuses=(400, *_KEY),
                 query=(("group_by", "string", "comma list of key, alias, deployment, day"),
                        ("since", "string", "first day, YYYY-MM-DD"),
                        ("until", "string", "last day, YYYY-MM-DD"),
                        ("key", "string", "one key's id (admins)"))), "any"),
    RouteSpec("GET", ("metrics",), metrics,
              Op("Prometheus metrics (text exposition format; admin keys)", str, statuses=_KEY,
                 response_type="text/plain"), "admin"),
    # A batch runs as the key that made it (its models, budget, PHI floor); a key sees its own
    # files and batches, an admin all; task lines need a clinical key (checked on create).
    RouteSpec("POST", ("v1", "files"), _lazy("create_file"),
              Op("Upload a JSONL of batch requests (OpenAI Files API)", _BATCH + "FileObject", _BATCH + "FileUpload",
                 request_type="multipart/form-data", statuses=(400, 413, *_KEY)), "any"),
    RouteSpec("GET", ("v1", "files", "{file_id}"), _lazy("get_file"),
              Op("A file's description", _BATCH + "FileObject", statuses=(404, *_KEY)), "any"),
    RouteSpec("GET", ("v1", "files", "{file_id}", "content"), _lazy("file_content"),
              Op("A file's bytes (a batch's input, output or error JSONL)", bytes,
                 response_type="application/octet-stream", statuses=(404, *_KEY)), "any"),
    RouteSpec("POST", ("v1", "batches"), _lazy("create_batch"),
              Op("Run every request of an uploaded file through the pipeline (OpenAI Batch API)",
                 _BATCH + "BatchObject", _BATCH + "BatchCreateRequest", statuses=(400, 404, *_KEY)), "any"),
    RouteSpec("GET", ("v1", "batches"), _lazy("list_batches"),
              Op("Batches, newest first", _BATCH + "BatchList", statuses=(400, *_KEY),
                 query=(("after", "string", "a batch id: the page after it"),
                        ("limit", "integer", "1 to 100, default 20"))), "any"),
    RouteSpec("GET", ("v1", "batches", "{batch_id}"), _lazy("get_batch"),
              Op("A batch: status, request counts, output and error files, cost so far", _BATCH + "BatchObject",
                 statuses=(404, *_KEY)), "any"),
    RouteSpec("POST", ("v1", "batches", "{batch_id}", "cancel"), _lazy("cancel_batch"),
              Op("Cancel a batch: lines not yet done end as batch_cancelled", _BATCH + "BatchObject",
                 statuses=(404, *_KEY)), "any"),
    RouteSpec("GET", ("v1", "catalog"), views.catalog,
              Op("The model catalogue: cards, the comparison table `medgate models` prints, use cases",
                 CatalogList, statuses=_KEY), "any"),
    RouteSpec("POST", ("v1", "recommend"), views.recommend,
              Op("Rank catalogue models for a use case under constraints, with reasons (as `medgate recommend`)",
                 Recommendation, RecommendRequest, statuses=(400, 413, *_KEY)), "any"),
    RouteSpec("GET", ("v1", "tasks"), views.tasks,
              Op("The clinical tasks with their option and result JSON schemas", _TASKS + "TaskList",
                 statuses=_KEY), "any"),
    RouteSpec("GET", ("v1", "whoami"), views.whoami,
              Op("The calling key's id, name and role, and whether keys are required", WhoAmI, statuses=_KEY),
              "any"),
    RouteSpec("GET", ("v1", "audit"), views.audit,
              Op("The audit chain's verification and its latest records, newest first (admin keys)", AuditView,
                 statuses=(400, *_KEY), query=(("limit", "integer", f"how many records, 1-{views.AUDIT_LIMIT} (default 50)"),)),
              "admin"),
    RouteSpec("GET", ("ui",), console.page, Op("The web console (HTML; the key is typed in the page)", str,
                                              statuses=(), response_type="text/html"), "public", quiet=True),
    RouteSpec("GET", ("ui", "{asset}"), console.asset,
              Op("The console's scripts and stylesheet", str, statuses=(404,), response_type="text/plain"),
              "public", quiet=True),
)


def match(method: str, path: str) -> tuple[RouteSpec, list[str]]:
    parts = tuple(p for p in path.split("/") if p)
    allowed = False
    for route in ROUTES:
        if len(route.pattern) != len(parts):
            continue
        params = []
        for want, got in zip(route.pattern, parts, strict=True):
            if want.startswith("{"):
                params.append(got)
            elif want != got:
                break
        else:
            if route.method == method:
                return route, params
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
        app = self.app
        assert app is not None
        started = time.perf_counter()
        watch = RequestWatch(receive, send)  # notices a client that leaves, and cancels its work
        error: MedgateError | None = None
        try:
            route, params = match(scope["method"], scope["path"])
            scope[ROUTE] = route
            scope[PRINCIPAL] = app.guard.check(scope, route.access)
            await route.handler(app, scope, watch.receive, watch.send, params)
        except MedgateError as exc:
            error = exc
            if not watch.started:
                self._audit_before_answer(app, scope, exc, started)
                await send_error(send, exc)
        except ConnectionAbortedError:
            return  # the client left before sending its body
        except asyncio.CancelledError:
            if not watch.absorb_cancel():
                raise  # the server is stopping, not a client leaving
        except Exception as exc:  # last-resort boundary: a bug still answers in OpenAI shape
            # Type and path only: an exception's text may quote a prompt, and logs never hold PHI.
            log.error("unhandled %s on %s %s", type(exc).__name__, scope["method"], scope["path"])
            error = InternalError()
            if not watch.started:
                self._audit_before_answer(app, scope, error, started)
                await send_error(send, error)
        finally:
            watch.close()
            if not scope.get(AUDITED):
                self._audit(app, scope, watch.status or (error.http_status() if error else 0), error, started)

    def _audit_before_answer(self, app: App, scope: Scope, error: MedgateError, started: float) -> None:
        """Queue an error's record before its answer goes out, so a client that has its answer can
        already find the record (the writer thread keeps the order of appends)."""
        if not scope.get(AUDITED):
            self._audit(app, scope, error.http_status(), error, started)
            scope[AUDITED] = True

    @staticmethod
    def _audit(app: App, scope: Scope, status: int, error: MedgateError | None, started: float) -> None:
        """The record of a request no handler audited: refusals, and the routes without a record
        of their own. A quiet route's success is not audited: /health (load balancers poll it), the console's files."""
        name = route_name(scope)
        latency = time.perf_counter() - started
        app.metrics.request(name, status, latency, error.code if error else None)
        route: RouteSpec | None = scope.get(ROUTE)
        if route is not None and route.quiet and status == 200:
            return
        principal = principal_of(scope)
        app.audit.append({"kind": "request", "route": name, "method": scope["method"],
                          "key_id": principal.id if principal else None,
                          "status": "ok" if 0 < status < 400 else "error", "http_status": status,
                          "error": error.code if error else None, "latency_ms": round(latency * 1000, 3)})

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    if self.app is None:
                        self.app = App(self.config)
                    await self.app.start()
                    self.app.resume_batches()
                except MedgateError as exc:
                    await send({"type": "lifespan.startup.failed", "message": exc.message})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self.app is not None:
                    await self.app.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return
