"""`GET /ui` and `GET /ui/{asset}`: the web console's files (medgate/console/static), served with a
strict Content-Security-Policy: scripts, styles and requests only to this origin, no inline code,
no framing. The page holds an API key in memory only; it never puts text in a URL or storage."""

from __future__ import annotations

import asyncio
import re
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from medgate.app import App
from medgate.errors import NotFound
from medgate.server.http import Receive, Scope, Send

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# The only files served, by suffix; anything else (or any other name shape) is a 404.
TYPES = MappingProxyType({
    ".html": b"text/html; charset=utf-8",
    ".js": b"text/javascript; charset=utf-8",
    ".css": b"text/css; charset=utf-8",
    ".svg": b"image/svg+xml",
})
NAME_PATTERN = r"^[a-z0-9][a-z0-9-]*\.(html|js|css|svg)$"  # also the path parameter's schema (openapi.py)
_NAME = re.compile(NAME_PATTERN)
HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-cache"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


def static_dir() -> Path:
    return Path(str(resources.files("medgate.console").joinpath("static")))


def _read(name: str) -> bytes:
    try:
        return (static_dir() / name).read_bytes()
    except FileNotFoundError:
        raise NotFound(f"no console file {name!r}") from None


async def _send_file(send: Send, name: str) -> None:
    if not _NAME.match(name):
        raise NotFound(f"no console file {name!r}")
    body = await asyncio.to_thread(_read, name)
    await send({"type": "http.response.start", "status": 200, "headers": [
        (b"content-type", TYPES[name[name.rindex("."):]]), (b"content-length", str(len(body)).encode()), *HEADERS]})
    await send({"type": "http.response.body", "body": body})


async def page(app: App, scope: Scope, receive: Receive, send: Send, _: list[str]) -> None:
    await _send_file(send, "index.html")


async def asset(app: App, scope: Scope, receive: Receive, send: Send, params: list[str]) -> None:
    await _send_file(send, params[0])
