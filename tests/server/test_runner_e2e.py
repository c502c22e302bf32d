"""The embedded runner under faults and load, through a real server, on the real SmolLM2-135M.

`kill -9` of the runner mid-request, a client that abandons its stream, a full queue — while a
remote alias (a fake upstream on 127.0.0.1) keeps answering. Generations are made long on purpose
(end-of-text tokens banned with logit_bias), so only cancellation can end them early.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest
from tests.conftest import RunningServer
from tests.fakes.upstream import FakeUpstream

from medgate.config import parse_config

pytestmark = pytest.mark.slow

# SmolLM2's <|im_end|> and <|endoftext|>: banned, so a generation runs to max_tokens.
ENDLESS: dict[str, Any] = {"logit_bias": {"2": -100, "0": -100}, "temperature": 0}
LONG = [{"role": "user", "content": "Count from one to one thousand in words."}]
DEPLOYMENT = "embedded:smollm2-135m"


@pytest.fixture(scope="module")
def server(upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    tmp = tmp_path_factory.mktemp("runner")
    config = parse_config({
        "models": [
            {"alias": "local", "deployments": [{"embedded": "smollm2-135m", "max_queue": 1, "keep_alive": -1}]},
            {"alias": "plain", "deployments": [{"base_url": upstream.base_url, "model": "plain"}]},
        ],
        "embedded": {"threads": 1, "n_ctx": 1024},
        "audit": {"url": f"sqlite:///{tmp / 'audit.sqlite'}"},
    }, source="test")
    with RunningServer(config) as srv:
        yield srv


@pytest.fixture(scope="module")
def client(server: RunningServer) -> openai.OpenAI:
    c = openai.OpenAI(base_url=server.base_url, api_key="unused", max_retries=0, timeout=60)
    c.chat.completions.create(model="local", max_tokens=1, messages=[{"role": "user", "content": "Hi"}])
    return c  # the runner is up and warm


def _runner(server: RunningServer) -> Any:
    return server.app.embedded[DEPLOYMENT].runner


class StreamAbandoner:
    """A raw HTTP stream to `local` that can be dropped after its first content chunk."""

    def __init__(self, server: RunningServer, max_tokens: int = 2000) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        body = {"model": "local", "stream": True, "max_tokens": max_tokens, "messages": LONG, **ENDLESS}
        self.conn.request("POST", "/v1/chat/completions", body=json.dumps(body),
                          headers={"content-type": "application/json"})
        self.resp = self.conn.getresponse()

    def first_content(self) -> str:
        assert self.resp.status == 200
        while line := self.resp.readline():
            if line.startswith(b"data: {"):
                delta = json.loads(line[6:])["choices"][0]["delta"]
                if delta.get("content"):
                    return str(delta["content"])
        raise AssertionError("stream ended before any content")

    def abandon(self) -> None:
        self.conn.sock.close()  # type: ignore[union-attr]  # the client goes away mid-stream
        self.conn.close()


def _time_to_first_token(client: openai.OpenAI) -> float:
    started = time.monotonic()
    first = None
    for chunk in client.chat.completions.create(model="local", stream=True, max_tokens=1, messages=LONG,
                                                **ENDLESS):
        if first is None and chunk.choices and chunk.choices[0].delta.content:
            first = time.monotonic() - started
    assert first is not None, "no token"
    return first


def _error(exc: openai.APIStatusError) -> dict[str, Any]:
    body = exc.body
    assert isinstance(body, dict)
    error: dict[str, Any] = body.get("error", body)  # the client unwraps {"error": {...}}
    return error


def _audited(server: RunningServer, **match: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = server.app.audit.query("chat", alias="local", **match)
    return rows


def test_gateway_process_never_loads_llama_cpp(client: openai.OpenAI) -> None:
    import sys

    assert "llama_cpp" not in sys.modules
    maps = Path(f"/proc/{os.getpid()}/maps").read_text()
    assert "libllama" not in maps and "libggml" not in maps


def test_abandoned_stream_frees_the_engine_within_a_second(server: RunningServer,
                                                           client: openai.OpenAI) -> None:
    before = len(_audited(server, status="cancelled"))
    stream = StreamAbandoner(server)
    assert stream.first_content()
    stream.abandon()
    left = time.monotonic()
    ttft = _time_to_first_token(client)  # would wait for ~2000 tokens if the engine were still busy
    assert time.monotonic() - left < 1.0, f"engine busy {time.monotonic() - left:.2f}s after the client left"
    assert ttft < 1.0
    for _ in range(50):
        cancelled = _audited(server, status="cancelled")
        if len(cancelled) > before:
            break
        time.sleep(0.02)
    assert len(cancelled) == before + 1
    assert (cancelled[-1]["completion_tokens"] or 0) < 100  # stopped, not run to 2000


def test_non_streaming_client_that_times_out_stops_its_generation(server: RunningServer,
                                                                  client: openai.OpenAI) -> None:
    impatient = client.with_options(timeout=1.0)
    with pytest.raises(openai.APITimeoutError):
        impatient.chat.completions.create(model="local", max_tokens=2000, messages=LONG, **ENDLESS)
    assert _time_to_first_token(client) < 1.0
    assert _audited(server, status="cancelled")


def test_full_queue_answers_503_with_retry_after_at_once(server: RunningServer, client: openai.OpenAI) -> None:
    running, waiting = StreamAbandoner(server), None
    try:
        assert running.first_content()
        waiting = StreamAbandoner.__new__(StreamAbandoner)  # its request is sent; no chunk will come yet
        waiting.conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        body = {"model": "local", "stream": True, "max_tokens": 50, "messages": LONG, **ENDLESS}
        waiting.conn.request("POST", "/v1/chat/completions", body=json.dumps(body),
                             headers={"content-type": "application/json"})
        time.sleep(0.3)  # max_queue 1: it now waits behind the running one
        started = time.monotonic()
        with pytest.raises(openai.APIStatusError) as info:
            client.chat.completions.create(model="local", max_tokens=4, messages=LONG)
        elapsed = time.monotonic() - started
        assert info.value.status_code == 503 and elapsed < 0.5
        assert int(info.value.response.headers["retry-after"]) >= 1
        assert _error(info.value)["code"] == "engine_overloaded"
        plain = client.chat.completions.create(model="plain", messages=[{"role": "user", "content": "Hi"}])
        assert plain.choices[0].message.content  # other aliases do not queue behind it
    finally:
        running.abandon()
        if waiting is not None:
            waiting.conn.close()


def test_kill_9_of_the_runner_fails_only_its_request(server: RunningServer, client: openai.OpenAI) -> None:
    remote_ok: list[float] = []
    remote_errors: list[BaseException] = []
    stop = threading.Event()

    def remote_traffic() -> None:
        while not stop.is_set():
            try:
                r = client.chat.completions.create(model="plain", messages=[{"role": "user", "content": "Hi"}])
                assert r.choices[0].message.content
                remote_ok.append(time.monotonic())
            except BaseException as exc:  # every failure is asserted on below
                remote_errors.append(exc)
            time.sleep(0.02)

    traffic = threading.Thread(target=remote_traffic)
    traffic.start()
    outcome: list[BaseException | str] = []

    def long_request() -> None:
        try:
            r = client.chat.completions.create(model="local", max_tokens=2000, messages=LONG, **ENDLESS)
            outcome.append(r.choices[0].message.content or "")
        except BaseException as exc:  # the 503 we expect, asserted below
            outcome.append(exc)

    try:
        pid = _runner(server).pid
        assert pid is not None
        victim = threading.Thread(target=long_request)
        victim.start()
        time.sleep(0.5)  # it is generating now (2000 tokens take many seconds)
        killed_at = time.monotonic()
        os.kill(pid, signal.SIGKILL)
        victim.join(30)
        assert len(outcome) == 1 and isinstance(outcome[0], openai.APIStatusError), outcome
        assert outcome[0].status_code == 503
        assert _error(outcome[0])["code"] == "engine_crashed"
        assert "SIGKILL" in _error(outcome[0])["message"]
        answer = client.chat.completions.create(model="local", max_tokens=4,
                                                messages=[{"role": "user", "content": "Say hi."}])
        assert answer.choices[0].message.content and _runner(server).pid not in (None, pid)
        recovered_at = time.monotonic()
    finally:
        stop.set()
        traffic.join(10)
    assert not remote_errors, remote_errors[:3]
    assert any(killed_at <= t <= recovered_at for t in remote_ok)  # served while the runner was down
    rows = _audited(server, error="engine_crashed")
    assert rows and rows[-1]["status"] == "error"
