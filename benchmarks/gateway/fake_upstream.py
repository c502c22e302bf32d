"""Instant fake OpenAI upstream for the gateway benchmark (the research rig's fake_upstream.py).

Raw ASGI app, no framework, orjson. Run it with

    uvicorn benchmarks.gateway.fake_upstream:app --app-dir . --host 127.0.0.1 --port 8001 \
        --workers 1 --loop uvloop --http httptools --no-access-log --log-level warning

or `python fake_upstream.py --port 8001` (same flags). `POST .../chat/completions` answers a fixed
`chat.completion` with usage 42/18/60. With `"stream": true` it sends 20 `chat.completion.chunk`
events (role, 18 content pieces, finish), a usage chunk only if `stream_options.include_usage`, then
`data: [DONE]`. `GET .../models` lists `fake-model`; `GET /health` answers 200. No sleeps.
"""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import orjson

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

CREATED = 1_764_000_000
USAGE = {"prompt_tokens": 42, "completion_tokens": 18, "total_tokens": 60}
PIECES = [
    "The",
    " patient",
    " should",
    " rest",
    ",",
    " drink",
    " fluids",
    " and",
    " return",
    " if",
    " the",
    " fever",
    " lasts",
    " more",
    " than",
    " three",
    " days",
    ".",
]
JSON_HEADERS = [(b"content-type", b"application/json")]
SSE_HEADERS = [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")]


def completion_body(model: str) -> bytes:
    return orjson.dumps(
        {
            "id": "chatcmpl-fake-0001",
            "object": "chat.completion",
            "created": CREATED,
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "".join(PIECES)},
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": USAGE,
            "system_fingerprint": "fp_fake",
        }
    )


def _chunk(model: str, delta: dict[str, Any], finish: str | None) -> bytes:
    event = {
        "id": "chatcmpl-fake-0001",
        "object": "chat.completion.chunk",
        "created": CREATED,
        "model": model,
        "system_fingerprint": "fp_fake",
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
    }
    return b"data: " + orjson.dumps(event) + b"\n\n"


def stream_events(model: str, include_usage: bool) -> list[bytes]:
    events = [_chunk(model, {"role": "assistant", "content": ""}, None)]
    events += [_chunk(model, {"content": piece}, None) for piece in PIECES]
    events.append(_chunk(model, {}, "stop"))
    if include_usage:
        usage_event = {
            "id": "chatcmpl-fake-0001",
            "object": "chat.completion.chunk",
            "created": CREATED,
            "model": model,
            "system_fingerprint": "fp_fake",
            "choices": [],
            "usage": USAGE,
        }
        events.append(b"data: " + orjson.dumps(usage_event) + b"\n\n")
    events.append(b"data: [DONE]\n\n")
    return events


async def _read_body(receive: Receive) -> bytes:
    parts: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(parts)
        parts.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(parts)


async def _respond(send: Send, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status, "headers": JSON_HEADERS})
    await send({"type": "http.response.body", "body": body})


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["type"] != "http":
        return
    path: str = scope["path"]
    if scope["method"] == "GET":
        if path.endswith("/models"):
            await _respond(
                send,
                200,
                orjson.dumps(
                    {
                        "object": "list",
                        "data": [
                            {
                                "id": "fake-model",
                                "object": "model",
                                "created": CREATED,
                                "owned_by": "bench",
                            }
                        ],
                    }
                ),
            )
        else:
            await _respond(send, 200, b'{"status":"ok"}')
        return
    if scope["method"] != "POST" or not path.endswith("/chat/completions"):
        await _respond(send, 404, b'{"error":{"message":"not found","type":"not_found"}}')
        return
    raw = await _read_body(receive)
    try:
        request = orjson.loads(raw)
    except orjson.JSONDecodeError:
        await _respond(
            send, 400, b'{"error":{"message":"bad json","type":"invalid_request_error"}}'
        )
        return
    model = str(request.get("model") or "fake-model")
    if not request.get("stream"):
        await _respond(send, 200, completion_body(model))
        return
    options = request.get("stream_options") or {}
    events = stream_events(model, bool(options.get("include_usage")))
    await send({"type": "http.response.start", "status": 200, "headers": SSE_HEADERS})
    for event in events:
        await send({"type": "http.response.body", "body": event, "more_body": True})
    await send({"type": "http.response.body", "body": b"", "more_body": False})


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args()
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        workers=1,
        loop="uvloop",
        http="httptools",
        access_log=False,
        log_level="warning",
        lifespan="on",
    )


if __name__ == "__main__":
    main()
