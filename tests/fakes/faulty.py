"""A model server on 127.0.0.1 that misbehaves at the byte level, one way per model id:
garbage instead of HTTP, connection resets (RST) before and during a stream, streams cut without
[DONE], malformed JSON, JSON of the wrong shape. Raw asyncio, not aiohttp, so it can break HTTP."""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import threading
from typing import Any

GOOD = {"role": "assistant", "content": "fine"}


def _chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
    data = {"id": "x", "object": "chat.completion.chunk", "created": 1, "model": "m",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return f"data: {json.dumps(data)}\n\n".encode()


def _http(status: int, body: bytes, ctype: str = "application/json", extra: str = "") -> bytes:
    return (f"HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n{extra}"
            "Connection: close\r\n\r\n").encode() + body


def _error(status: int, extra: str = "") -> bytes:
    return _http(status, json.dumps({"error": {"message": f"fake {status}", "type": "x", "code": status}}).encode(),
                 extra=extra)


SSE_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
FULL_OK = json.dumps({"id": "x", "object": "chat.completion", "created": 1, "model": "m",
                      "choices": [{"index": 0, "message": GOOD, "finish_reason": "stop"}],
                      "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4}}).encode()

# model id -> what is written for a full request and for a stream. "RST" resets the connection;
# "HANG" keeps it open and silent (until the client gives up).
BEHAVIOURS: dict[str, tuple[list[bytes | str], list[bytes | str]]] = {
    "ok": ([_http(200, FULL_OK)],
           [SSE_HEAD, _chunk({"role": "assistant", "content": "fi"}), _chunk({"content": "ne"}, "stop"),
            b"data: [DONE]\n\n"]),
    "garbage": ([b"\x00\xffNOT HTTP AT ALL\r\n\r\n\x13\x37"], [b"\x00\xffNOT HTTP AT ALL\r\n\r\n"]),
    "reset": (["RST"], ["RST"]),
    "reset-mid-stream": ([_http(200, FULL_OK)[:40], "RST"],
                         [SSE_HEAD, _chunk({"role": "assistant", "content": "fi"}), "RST"]),
    "cut": ([_http(200, FULL_OK)[:-10]],
            [SSE_HEAD, _chunk({"role": "assistant", "content": "fi"}), _chunk({"content": "n"})]),
    "malformed-json": ([_http(200, b'{"choices": [{"index": 0, "message": ')],
                       [SSE_HEAD, _chunk({"role": "assistant", "content": "fi"}), b"data: {nope\n\n"]),
    "bad-choice": ([_http(200, b'{"choices": [5]}')],
                   [SSE_HEAD, _chunk({"role": "assistant", "content": "fi"}), b'data: {"choices": [5]}\n\n']),
    "bad-message": ([_http(200, b'{"choices": [{"index": 0, "message": "hi", "finish_reason": "stop"}]}')],
                    [SSE_HEAD, b'data: {"choices": "all of them"}\n\n']),
    "bad-content": ([_http(200, b'{"choices": [{"index": 0, "message": {"content": 7}}]}')],
                    [SSE_HEAD, _chunk({"role": "assistant", "content": "fi"}), _chunk({"content": {"x": 1}})]),
    "bad-usage": ([_http(200, b'{"choices": [], "usage": {"prompt_tokens": "many"}}')],
                  [SSE_HEAD, _chunk({"content": "fi"}, "stop"),
                   b'data: {"choices": [], "usage": {"prompt_tokens": "many"}}\n\ndata: [DONE]\n\n']),
    "html-200": ([_http(200, b"<html>hello</html>", "text/html")], [_http(200, b"<html>hi</html>", "text/html")]),
    "error-event": ([_http(500, b"<html>oops</html>", "text/html")],
                    [SSE_HEAD, _chunk({"role": "assistant", "content": "fi"}),
                     b'data: {"error": {"message": "engine died"}}\n\n']),
    "no-choices": ([_http(200, b'{"choices": [], "usage": {"prompt_tokens": 1, "completion_tokens": 0, '
                               b'"total_tokens": 1}}')],
                   [SSE_HEAD, _chunk({}, "stop"), b"data: [DONE]\n\n"]),
}
# Failures a fallback must ride over (tests/server/test_fallback.py): all before the first byte.
FALLBACK_FAULTS: dict[str, tuple[list[bytes | str], list[bytes | str]]] = {
    "429-retry-after": ([_error(429, "Retry-After: 1\r\n")], [_error(429, "Retry-After: 1\r\n")]),
    "500": ([_error(500)], [_error(500)]),
    "503": ([_error(503)], [_error(503)]),
    "hang": (["HANG"], ["HANG"]),
    "cut-before-first": ([_http(200, FULL_OK)[:30]], [SSE_HEAD]),
}


class FaultyUpstream:
    def __init__(self) -> None:
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._server: asyncio.Server | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> FaultyUpstream:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("faulty upstream did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                           if line.lower().startswith(b"content-length:")), 0)
            body = json.loads(await reader.readexactly(length))
            full, stream = BEHAVIOURS.get(body["model"]) or FALLBACK_FAULTS[body["model"]]
            for piece in stream if body.get("stream") else full:
                if piece == "HANG":  # silent until the client gives up and closes
                    await asyncio.wait_for(reader.read(), 60)
                    writer.close()
                    return
                if piece == "RST":
                    sock = writer.get_extra_info("socket")
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    writer.transport.abort()
                    return
                assert isinstance(piece, bytes)
                writer.write(piece)
                await writer.drain()
                await asyncio.sleep(0.005)
            writer.close()
        except (ConnectionError, asyncio.IncompleteReadError, TimeoutError):
            writer.close()
