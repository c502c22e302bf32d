"""A fake OpenAI-compatible model server on 127.0.0.1 that reproduces each engine's wire behaviour
(protocols.md). The upstream model id picks the behaviour, so one server covers every case.

It records every request body it receives, so tests can assert what left medgate.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

from aiohttp import web

from tests.fakes import tool_formats

R1_REASONING = "The patient has fever and cough. Consider pneumonia."
ANSWER = "Community-acquired pneumonia is most likely."

# model id -> (reasoning field or None, raw content the model "generates")
SCRIPTS: dict[str, tuple[str | None, str, str]] = {
    # name: (reasoning field, reasoning text, content text as sent on the wire)
    "siliconflow-r1": ("reasoning_content", R1_REASONING, ANSWER),
    "vllm-old": ("reasoning_content", R1_REASONING, ANSWER),
    "vllm-new": ("reasoning", R1_REASONING, ANSWER),
    "ollama": ("reasoning", R1_REASONING, ANSWER),
    "raw-think": (None, "", f"<think>\n{R1_REASONING}\n</think>\n\n{ANSWER}"),
    "raw-think-noopen": (None, "", f"{R1_REASONING}\n</think>\n\n{ANSWER}"),
    "harmony": (None, "", f"<|channel|>analysis<|message|>{R1_REASONING}<|end|><|start|>assistant"
                f"<|channel|>final<|message|>{ANSWER}<|return|>"),
    "glm-boxes": (None, "", "<think>Look at the left lower lobe.</think>The opacity is at "
                  "<|begin_of_box|>[[100,200,500,800]]<|end_of_box|>."),
    "plain": (None, "", ANSWER),
}

TOOL_CALL_ARGS = '{"patient_id": "12345", "test": "chest x-ray"}'


def _pieces(text: str, size: int = 3) -> Iterator[str]:
    for i in range(0, len(text), size):
        yield text[i:i + size]


class FakeUpstream:
    """Run with `with FakeUpstream() as up: up.base_url`."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.scripted: list[tuple[str, str]] = []  # (content, finish_reason) replies for model "scripted"
        # replies for model "judge" (a triage second opinion): (delay s, HTTP status, content);
        # "{echo}" in the content becomes the request's last user text, JSON-escaped
        self.judge: list[tuple[float, int, str]] = []
        self.headers: list[dict[str, str]] = []
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._ready = threading.Event()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> FakeUpstream:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("fake upstream did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._loop is not None
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)  # type: ignore[union-attr]
        self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread:
            self._thread.join(10)

    def _run(self) -> None:
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/v1/chat/completions", self._chat)
        app.router.add_post("/v1/completions", self._completion)
        app.router.add_get("/health", _health)
        self._runner = web.AppRunner(app, access_log=None)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._ready.set()
        self._loop.run_forever()

    # -- behaviour ----------------------------------------------------------------------------
    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append(body)
        self.headers.append(dict(request.headers))
        model = body.get("model", "")
        if model.startswith("err-"):
            status = int(model[4:])
            headers = {"Retry-After": "7"} if status == 429 else {}
            return web.json_response(
                {"error": {"message": f"fake upstream error {status}", "type": "upstream", "code": status}},
                status=status, headers=headers)
        if model == "slow":
            await asyncio.sleep(5)
        if model == "not-json":
            return web.Response(text="<html>bad gateway</html>", content_type="text/html")
        if model == "judge":
            return await self._judge(body)
        if model.startswith(("toolfmt-", "toolecho-")):
            return await tool_formats.respond(request, body, model)
        if model == "scripted":
            content, finish = self.scripted.pop(0)
            reply = self._full(body, model, (None, "", content))
            reply["choices"][0]["finish_reason"] = finish
            return web.json_response(reply)
        if model == "echo":
            text = _last_user_text(body)
            script: tuple[str | None, str, str] = (None, "", f"You said: {text}")
        elif model == "echo-r1":  # raw R1 text: the question comes back in reasoning and answer
            text = _last_user_text(body)
            script = (None, "", f"<think>\nThinking about: {text}\n</think>\n\nAnswer for: {text}")
        elif model == "tools":
            script = (None, "", "")
        else:
            script = SCRIPTS.get(model, SCRIPTS["plain"])
        if body.get("stream"):
            return await self._stream(request, body, model, script)
        return web.json_response(self._full(body, model, script))

    async def _completion(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append(body)
        return await tool_formats.respond_completion(request, body)

    async def _judge(self, body: dict[str, Any]) -> web.Response:
        delay, status, content = self.judge.pop(0) if self.judge else (0.0, 200, '{"level": "routine"}')
        if delay:
            await asyncio.sleep(delay)
        if status != 200:
            return web.json_response({"error": {"message": f"fake judge error {status}", "type": "upstream",
                                                "code": status}}, status=status)
        content = content.replace("{echo}", json.dumps(_last_user_text(body))[1:-1])
        return web.json_response(self._full(body, "judge", (None, "", content)))

    def _usage(self) -> dict[str, Any]:
        return {"prompt_tokens": 1000, "completion_tokens": 2000, "total_tokens": 3000}

    def _full(self, body: dict[str, Any], model: str, script: tuple[str | None, str, str]) -> dict[str, Any]:
        field, reasoning, content = script
        message: dict[str, Any] = {"role": "assistant", "content": content}
        if field:
            message[field] = reasoning
        finish = "stop"
        if model == "tools":
            message = {"role": "assistant", "content": None, "tool_calls": [
                {"id": "call_1", "type": "function",
                 "function": {"name": "order_test", "arguments": TOOL_CALL_ARGS}}]}
            finish = "tool_calls"
        return {"id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
                "model": model, "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                "usage": self._usage()}

    async def _stream(self, request: web.Request, body: dict[str, Any], model: str,
                      script: tuple[str | None, str, str]) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await resp.prepare(request)

        async def send(delta: dict[str, Any], finish: str | None = None) -> None:
            chunk = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 1,
                     "model": model, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
            await resp.write(f"data: {json.dumps(chunk)}\n\n".encode())

        field, reasoning, content = script
        await send({"role": "assistant", "content": ""})
        if model == "tools":
            await send({"tool_calls": [{"index": 0, "id": "call_1", "type": "function",
                                        "function": {"name": "order_test", "arguments": ""}}]})
            for piece in _pieces(TOOL_CALL_ARGS, 7):
                await send({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]})
            await send({}, "tool_calls")
        else:
            if field:
                for piece in _pieces(reasoning):
                    delta: dict[str, Any] = {field: piece}
                    if model == "ollama":
                        delta["content"] = ""
                    await send(delta)
            for i, piece in enumerate(_pieces(content, int(body.get("fake_piece") or 3))):
                if model == "broken-stream" and i == 3:
                    assert request.transport is not None
                    request.transport.close()  # die mid-stream, no [DONE]
                    return resp
                await send({"content": piece})
            await send({}, "stop")
        if (body.get("stream_options") or {}).get("include_usage"):
            usage = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 1, "model": model,
                     "choices": [], "usage": self._usage()}
            await resp.write(f"data: {json.dumps(usage)}\n\n".encode())
        await resp.write(b"data: [DONE]\n\n")
        return resp


def _last_user_text(body: dict[str, Any]) -> str:
    for m in reversed(body.get("messages", [])):
        if m.get("role") == "user":
            c = m.get("content")
            if isinstance(c, str):
                return c
            return " ".join(p.get("text", "") for p in c if p.get("type") == "text")
    return ""


async def _health(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})
