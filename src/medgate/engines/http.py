"""OpenAI-compatible HTTP upstreams: SiliconFlow, vLLM, SGLang, Ollama, llama.cpp server, any other.

aiohttp is translated into medgate errors here and only here, through one table. One ClientSession
is shared for the life of the app (opened in lifespan), never one per request.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import orjson

from medgate.config import Deployment
from medgate.engines.backend import Body
from medgate.engines.sse import SseDecoder
from medgate.errors import (
    UpstreamError,
    UpstreamProtocolError,
    UpstreamRateLimited,
    UpstreamStatusError,
    UpstreamTimeout,
    UpstreamUnavailable,
)

# Most specific first: aiohttp's hierarchy nests these.
_EXCEPTIONS: tuple[tuple[type[BaseException], type[UpstreamError], str], ...] = (
    (asyncio.TimeoutError, UpstreamTimeout, "timed out"),
    (aiohttp.ServerTimeoutError, UpstreamTimeout, "timed out"),
    (aiohttp.ClientConnectorError, UpstreamUnavailable, "could not connect"),
    (aiohttp.ServerDisconnectedError, UpstreamProtocolError, "disconnected mid-response"),
    (aiohttp.ClientPayloadError, UpstreamProtocolError, "sent a broken body"),
    (aiohttp.ClientError, UpstreamUnavailable, "request failed"),
)


def translate_exception(exc: BaseException, where: str) -> UpstreamError:
    for kind, error, what in _EXCEPTIONS:
        if isinstance(exc, kind):
            return error(f"upstream {where} {what}")
    raise exc


def error_from_status(status: int, raw: bytes, headers: Any, where: str) -> UpstreamError:
    """Map a non-2xx upstream answer to our error, keeping the upstream's own message."""
    message = raw[:500].decode("utf-8", "replace").strip()
    try:
        data = orjson.loads(raw)
        err = data.get("error", data) if isinstance(data, dict) else data
        if isinstance(err, dict):
            message = str(err.get("message") or err.get("detail") or message)
        elif isinstance(err, str):
            message = err
    except orjson.JSONDecodeError:
        pass
    text = f"upstream {where} returned {status}: {message}"
    if status == 429:
        retry = headers.get("Retry-After") if headers is not None else None
        try:
            return UpstreamRateLimited(text, retry_after=float(retry) if retry else None)
        except ValueError:
            return UpstreamRateLimited(text)
    if status == 503:
        return UpstreamUnavailable(text)
    if status in (504, 408):
        return UpstreamTimeout(text)
    return UpstreamStatusError(text, status=status if 400 <= status < 600 else 502)


class HttpBackend:
    """One deployment on an OpenAI-compatible server."""

    def __init__(self, session: aiohttp.ClientSession, deployment: Deployment) -> None:
        assert deployment.base_url is not None
        self.session = session
        self.deployment = deployment
        self.url = deployment.base_url.rstrip("/") + "/chat/completions"
        self.where = deployment.name
        self.timeout = aiohttp.ClientTimeout(total=None, connect=10.0, sock_read=deployment.timeout_s)

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        key = self.deployment.api_key()
        if key:
            headers["Authorization"] = f"Bearer {key}"
        return headers

    async def complete(self, body: Body) -> Body:
        try:
            async with self.session.post(self.url, data=orjson.dumps(body), headers=self._headers(),
                                         timeout=self.timeout) as resp:
                raw = await resp.read()
                if resp.status >= 400:
                    raise error_from_status(resp.status, raw, resp.headers, self.where)
        except UpstreamError:
            raise
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise translate_exception(exc, self.where) from exc
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise UpstreamProtocolError(f"upstream {self.where} sent a body that is not JSON") from exc
        if not isinstance(data, dict) or not isinstance(data.get("choices"), list):
            raise UpstreamProtocolError(f"upstream {self.where} sent JSON without choices")
        return data

    async def stream(self, body: Body) -> AsyncIterator[Body]:
        try:
            async with self.session.post(self.url, data=orjson.dumps(body), headers=self._headers(),
                                         timeout=self.timeout) as resp:
                if resp.status >= 400:
                    raise error_from_status(resp.status, await resp.read(), resp.headers, self.where)
                done = finished = False
                async for payload in _payloads(resp):
                    if payload == b"[DONE]":
                        done = True
                        break
                    try:
                        chunk = orjson.loads(payload)
                    except orjson.JSONDecodeError as exc:
                        raise UpstreamProtocolError(f"upstream {self.where} sent a broken SSE event") from exc
                    if isinstance(chunk, dict) and "error" in chunk and "choices" not in chunk:
                        err = chunk["error"]
                        msg = err.get("message") if isinstance(err, dict) else str(err)
                        raise UpstreamStatusError(f"upstream {self.where} failed mid-stream: {msg}", status=502)
                    if not finished and isinstance(chunk, dict) and isinstance(choices := chunk.get("choices"), list):
                        finished = any(isinstance(c, dict) and c.get("finish_reason") for c in choices)
                    yield chunk  # its shape is checked by the gateway's first stream stage
                if not done and not finished:
                    raise UpstreamProtocolError(f"upstream {self.where} ended the stream without [DONE]")
        except UpstreamError:
            raise
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise translate_exception(exc, self.where) from exc

    async def start(self) -> None:
        """Nothing to start: the shared session is open already."""

    async def aclose(self) -> None:
        """The session belongs to the app; nothing per backend to close."""


async def _payloads(resp: aiohttp.ClientResponse) -> AsyncIterator[bytes]:
    """The `data` of each server-sent event, as the bytes arrive."""
    decoder = SseDecoder()
    async for piece in resp.content.iter_any():
        for payload in decoder.feed(piece):
            yield payload
    for payload in decoder.close():
        yield payload
