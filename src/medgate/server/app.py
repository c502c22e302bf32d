"""medgate's ASGI application: routes, lifespan, and the OpenAI-shaped error boundary.

Handlers take (app, scope, body) and return JSON or an event stream; every MedgateError becomes
the OpenAI error JSON with its status here, in one place.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

from medgate.app import App
from medgate.config import Config
from medgate.errors import MedgateError, MethodNotAllowed, NotFound
from medgate.gateway.options import parse_options
from medgate.server.cpu_work import deid_response
from medgate.server.disconnect import RequestWatch
from medgate.server.http import (
    Receive,
    Scope,
    Send,
    header_map,
    parse_json,
    read_body,
    send_error,
    send_json,
    send_raw_json,
    send_sse,
)

log = logging.getLogger("medgate.server")
Handler = Callable[[App, Scope, Receive, Send, list[str]], Awaitable[None]]


async def chat_completions(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    body = parse_json(await read_body(scope, receive, app.config.max_body_bytes))
    options = parse_options(body if isinstance(body, dict) else {}, header_map(scope))
    assert app.gateway is not None
    if isinstance(body, dict) and body.get("stream") is True:
        events = await app.gateway.stream(body, options)  # raises before the first byte on failure
        await send_sse(send, events)
    else:
        await send_json(send, 200, await app.gateway.complete(body, options))


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
    await send_json(send, 200, {"status": "ok", "models": sorted(app.config.models)})


async def deid(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    raw = await read_body(scope, receive, app.config.max_body_bytes)
    status, body = await app.offload.run(deid_response, raw)  # large bodies: off the event loop
    await send_raw_json(send, status, body)


async def task(app: App, scope: Scope, receive: Receive, send: Send, params: list[str]) -> None:
    from medgate.tasks.api import task_http

    body = parse_json(await read_body(scope, receive, app.config.max_body_bytes))
    await send_json(send, 200, await task_http(app, app.audit, params[0], body))


async def signoff(app: App, scope: Scope, receive: Receive, send: Send, params: list[str]) -> None:
    from medgate.tasks.api import signoff_http

    body = parse_json(await read_body(scope, receive, app.config.max_body_bytes))
    await send_json(send, 200, await signoff_http(app.audit, params[0], body))


# (method, path) with "*" for one path segment. The only place routes are named.
ROUTES: tuple[tuple[str, tuple[str, ...], Handler], ...] = (
    ("POST", ("v1", "chat", "completions"), chat_completions),
    ("GET", ("v1", "models"), list_models),
    ("GET", ("health",), health),
    ("POST", ("v1", "deid"), deid),
    ("POST", ("v1", "tasks", "artefacts", "*", "signoff"), signoff),
    ("POST", ("v1", "tasks", "*"), task),
)


def match(method: str, path: str) -> tuple[Handler, list[str]]:
    parts = tuple(p for p in path.split("/") if p)
    allowed = False
    for route_method, pattern, handler in ROUTES:
        if len(pattern) != len(parts):
            continue
        params = []
        for want, got in zip(pattern, parts, strict=True):
            if want == "*":
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
        watch = RequestWatch(receive, send)
        try:
            handler, params = match(scope["method"], scope["path"])
            await handler(self.app, scope, watch.receive, watch.send, params)
        except MedgateError as exc:
            if not watch.started:
                await send_error(send, exc)
        except ConnectionAbortedError:
            return  # the client left before sending its body
        except asyncio.CancelledError:
            if not watch.absorb_cancel():
                raise  # the server is stopping, not a client leaving
        except Exception as exc:  # last-resort boundary: a bug still answers in OpenAI shape
            # Type and path only: an exception's text may quote a prompt, and logs never hold PHI.
            log.error("unhandled %s on %s %s", type(exc).__name__, scope["method"], scope["path"])
            if not watch.started:
                await send_error(send, MedgateError("internal error in medgate; see the server log"))
        finally:
            watch.close()

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
