"""A fake OpenAI-compatible server on 127.0.0.1 that sits exams: for each question it finds a tag
such as `[q07]` in the last user message and replies with the script's answer for that tag and
model, so the correctness of every item is known before the run.

- `scripts[model][tag] = Reply(content, reasoning)`; reasoning comes back as `reasoning_content`
  (the DeepSeek/SiliconFlow shape). An unscripted tag gets "I do not know."
- model `judge`: grades rubric items: `judge_rules[substring of the criterion] = met`.
  model `bad-judge` never answers in JSON.
- `hang_after`: calls past this many never answer (an interrupted run); `fail_once`: tags that
  get one 503 before an answer; `fail_always`: models that always get a 500.
- It counts calls per (model, tag) and the most calls in flight at once per model, and keeps
  every request body.
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

import orjson
from aiohttp import web

TAG = re.compile(r"\[(q\d+)\]")
RUBRIC = re.compile(r"# Rubric item\n\[[-\d.]+ points\] (.*?)\n\n# What to do", re.DOTALL)
USAGE = {"prompt_tokens": 100, "completion_tokens": 10, "total_tokens": 110}


@dataclass(frozen=True)
class Reply:
    content: str
    reasoning: str | None = None


class ExamUpstream:
    def __init__(self, latency_s: float = 0.0) -> None:
        self.latency_s = latency_s
        self.scripts: dict[str, dict[str, Reply]] = {}
        self.judge_rules: dict[str, bool] = {}
        self.hang_after: int | None = None
        self.fail_once: set[str] = set()
        self.fail_always: set[str] = set()
        self.calls: Counter[tuple[str, str]] = Counter()
        self.bodies: list[dict[str, Any]] = []
        self.in_flight: Counter[str] = Counter()
        self.max_in_flight: Counter[str] = Counter()
        self.total = 0
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def reset(self) -> None:
        self.calls.clear()
        self.bodies.clear()
        self.max_in_flight.clear()
        self.total = 0
        self.hang_after = None
        self.fail_once.clear()
        self.fail_always.clear()

    def __enter__(self) -> ExamUpstream:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("exam upstream did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._loop is not None and self._runner is not None
        self.hang_after = None
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _serve(self) -> None:
        self._loop = asyncio.new_event_loop()
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._chat)
        self._runner = web.AppRunner(app, access_log=None)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._ready.set()
        self._loop.run_forever()

    def _reply(self, model: str, text: str) -> Reply:
        if model == "bad-judge":
            return Reply("I think the reply is fine.")
        if model == "judge":
            m = RUBRIC.search(text)
            criterion = m.group(1) if m else ""
            met = next((v for k, v in self.judge_rules.items() if k in criterion), False)
            return Reply(orjson.dumps({"explanation": f"rule for {criterion[:30]}", "criteria_met": met}).decode())
        tag = TAG.search(text)
        return self.scripts.get(model, {}).get(tag.group(1) if tag else "", Reply("I do not know."))

    async def _chat(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.bodies.append(body)
        model = body["model"]
        text = body["messages"][-1]["content"]
        if isinstance(text, list):
            text = " ".join(p.get("text", "") for p in text if p.get("type") == "text")
        tag = TAG.search(text)
        key = tag.group(1) if tag else text[:40]
        self.calls[(model, key)] += 1
        self.total += 1
        if self.hang_after is not None and self.total > self.hang_after:
            while self.hang_after is not None:  # hangs until a test (or reset) lets it go
                await asyncio.sleep(0.02)
        if model in self.fail_always:
            return web.json_response({"error": {"message": "broken", "type": "server_error"}}, status=500)
        if key in self.fail_once and self.calls[(model, key)] == 1:
            return web.json_response({"error": {"message": "overloaded", "type": "server_error"}}, status=503)
        self.in_flight[model] += 1
        self.max_in_flight[model] = max(self.max_in_flight[model], self.in_flight[model])
        try:
            if self.latency_s:
                await asyncio.sleep(self.latency_s)
            reply = self._reply(model, text)
        finally:
            self.in_flight[model] -= 1
        message: dict[str, Any] = {"role": "assistant", "content": reply.content}
        if reply.reasoning is not None:
            message["reasoning_content"] = reply.reasoning
        return web.json_response({
            "id": "chatcmpl-exam", "object": "chat.completion", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}], "usage": USAGE})
