"""The runner's queue, cancellation, unload and crash handling, over a real Unix socket.

The runner side is the real `server.Runner` with a scripted model in place of llama.cpp (one token
every few milliseconds, honouring cancel), so these run in milliseconds; the real model and a real
`kill -9` are in tests/server/test_runner_e2e.py.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from medgate.engines.runner.client import RunnerClient
from medgate.engines.runner.model import _Answer
from medgate.engines.runner.protocol import RunnerSpec, decode, encode
from medgate.engines.runner.server import Runner, serve
from medgate.errors import EngineCrashed, EngineOverloaded, InvalidRequest


class ScriptedModel:
    """Emits `max_tokens` chunks `delay` apart; 'bad' in the prompt is llama.cpp's ValueError."""

    def __init__(self, delay: float = 0.005) -> None:
        self.delay = delay
        self.generated: list[int] = []  # tokens produced per request, cancelled ones included

    def run(self, kwargs: dict[str, Any], stream: bool, cancel: threading.Event, emit: Any) -> None:
        if "bad" in str(kwargs.get("messages")):
            emit({"error": {"kind": "invalid_request", "message": "prompt too long"}})
            return
        answer, n = _Answer(), 0
        for i in range(int(kwargs.get("max_tokens", 5))):
            if cancel.is_set():
                break
            time.sleep(self.delay)
            chunk = {"id": "c1", "created": 1, "model": "m",
                     "choices": [{"index": 0, "delta": {"content": f"t{i} "}, "finish_reason": None}]}
            answer.add(chunk)
            n += 1
            if stream:
                emit({"chunk": chunk})
        self.generated.append(n)
        usage = {"prompt_tokens": 3, "completion_tokens": n, "total_tokens": 3 + n}
        if not stream and not cancel.is_set():
            emit({"result": answer.completion(usage)})
        emit({"end": {"usage": usage, "cancelled": cancel.is_set()}})


class FakeRunner:
    """`server.serve` on its own thread, at the socket a RunnerSpec names."""

    def __init__(self, spec: RunnerSpec, model: ScriptedModel) -> None:
        self.spec, self.model = spec, model
        self.runner = Runner(model, keep_alive_s=spec.keep_alive_s, max_queue=spec.max_queue)
        self._thread: threading.Thread | None = None

    def start(self) -> FakeRunner:
        ready = threading.Event()
        self.spec.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._thread = threading.Thread(target=serve, args=(self.runner, str(self.spec.socket), ready.set),
                                        kwargs={"first_request_grace_s": 0.2}, daemon=True)
        self._thread.start()
        assert ready.wait(5)
        return self

    def crash(self) -> None:
        """Every connection cut at once with no goodbye, as when the process is killed."""
        for conn in self.runner.connections():
            conn.close()
        self.runner.stop()
        self.join()

    def join(self) -> None:
        assert self._thread is not None
        self._thread.join(5)
        assert not self._thread.is_alive()


def _spec(tmp_path: Path, **kw: Any) -> RunnerSpec:
    base = {"gguf": str(tmp_path / "m.gguf"), "n_ctx": 512, "threads": 1, "keep_alive_s": None,
            "max_queue": 2, "group": f"test-{tmp_path.name}"}
    return RunnerSpec(**(base | kw))


@pytest.fixture
def runtime_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    return tmp_path


async def _collect(stream: AsyncIterator[dict[str, Any]]) -> list[dict[str, Any]]:
    return [m async for m in stream]


def _chat(tokens: int, text: str = "hi") -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": text}], "max_tokens": tokens}


@pytest.fixture
def fake(runtime_dir: Path) -> Iterator[FakeRunner]:
    runner = FakeRunner(_spec(runtime_dir), ScriptedModel()).start()
    yield runner


def test_messages_round_trip_as_json_lines() -> None:
    msg = {"id": 3, "chunk": {"choices": [{"delta": {"content": "é\n"}}]}}
    line = encode(msg)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert decode(line) == msg
    with pytest.raises(ValueError):
        decode(b"[1, 2]")


def test_spec_names_one_socket_per_group_and_model(tmp_path: Path) -> None:
    a, b = _spec(tmp_path), _spec(tmp_path, group="other")
    assert a.socket == _spec(tmp_path).socket  # workers of one serve agree on the place
    assert a.socket != b.socket and a.socket.parent == a.lock.parent == a.log.parent
    assert len(str(a.socket)) < 100  # AF_UNIX paths are limited to ~108 bytes
    assert "--keep-alive" not in a.argv() and _spec(tmp_path, keep_alive_s=0.0).argv()[-2:] == ["--keep-alive", "0.0"]


def test_answer_joins_deltas_into_a_completion() -> None:
    answer = _Answer()
    for part in ("Hel", "lo"):
        answer.add({"id": "x", "created": 5, "model": "m",
                    "choices": [{"index": 0, "delta": {"content": part}, "finish_reason": None}]})
    answer.add({"id": "x", "choices": [{"index": 0, "delta": {"tool_calls": [
        {"index": 0, "id": "call_1", "function": {"name": "f", "arguments": '{"a"'}}]}, "finish_reason": None}]})
    answer.add({"id": "x", "choices": [{"index": 0, "delta": {"tool_calls": [
        {"index": 0, "function": {"arguments": ": 1}"}}]}, "finish_reason": "length"}]})
    usage = answer.usage(n_tokens=10)
    # 4 tokens out; the last one sampled was never evaluated, so the context holds 9 of 10
    assert usage == {"prompt_tokens": 7, "completion_tokens": 4, "total_tokens": 11}
    out = answer.completion(usage)
    msg = out["choices"][0]["message"]
    assert msg["content"] == "Hello" and out["choices"][0]["finish_reason"] == "length"
    assert msg["tool_calls"] == [{"type": "function", "id": "call_1", "function": {"name": "f", "arguments": '{"a": 1}'}}]


async def test_stream_and_complete_through_the_socket(fake: FakeRunner) -> None:
    client = RunnerClient(fake.spec)
    try:
        msgs = await _collect(client.call(_chat(4), stream=True))
        assert [m["chunk"]["choices"][0]["delta"]["content"] for m in msgs[:-1]] == ["t0 ", "t1 ", "t2 ", "t3 "]
        assert msgs[-1]["end"] == {"usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7},
                                   "cancelled": False}
        msgs = await _collect(client.call(_chat(3), stream=False))
        assert msgs[0]["result"]["choices"][0]["message"]["content"] == "t0 t1 t2 "
        with pytest.raises(InvalidRequest, match="prompt too long"):
            await _collect(client.call(_chat(3, "bad"), stream=False))
    finally:
        await client.aclose()


async def test_leaving_a_stream_stops_the_generation_within_a_token(fake: FakeRunner) -> None:
    client = RunnerClient(fake.spec)
    try:
        stream = client.call(_chat(10_000), stream=True)
        await stream.__anext__()
        await stream.aclose()  # what the pipeline does when the HTTP client goes away
        started = time.monotonic()
        msgs = await _collect(client.call(_chat(1), stream=True))  # the engine is free again
        assert time.monotonic() - started < 0.5
        assert msgs[-1]["end"]["usage"]["completion_tokens"] == 1
        assert fake.model.generated[0] <= 3  # stopped within a token or two of the cancel
    finally:
        await client.aclose()


async def test_cancelling_a_waiting_call_stops_it_too(fake: FakeRunner) -> None:
    client = RunnerClient(fake.spec)
    try:
        task = asyncio.create_task(_collect(client.call(_chat(10_000), stream=False)))
        await asyncio.sleep(0.05)
        task.cancel()  # a non-streaming client that hung up
        with pytest.raises(asyncio.CancelledError):
            await task
        await _collect(client.call(_chat(1), stream=False))
        assert fake.model.generated[0] < 30
    finally:
        await client.aclose()


async def test_a_full_queue_is_refused_at_once_with_retry_after(fake: FakeRunner) -> None:
    client = RunnerClient(fake.spec)  # max_queue 2: one running, two waiting, the fourth refused
    try:
        busy = [asyncio.create_task(_collect(client.call(_chat(10_000), stream=True))) for _ in range(3)]
        await asyncio.sleep(0.05)
        started = time.monotonic()
        with pytest.raises(EngineOverloaded) as info:
            await _collect(client.call(_chat(1), stream=True))
        assert time.monotonic() - started < 0.2
        assert info.value.retry_after is not None and info.value.retry_after >= 1
        assert info.value.http_status() == 503 and info.value.code == "engine_overloaded"
        for task in busy:
            task.cancel()
        await asyncio.gather(*busy, return_exceptions=True)
        await _collect(client.call(_chat(1), stream=True))  # the line drained: accepted again
    finally:
        await client.aclose()


async def test_a_crash_fails_requests_in_flight_and_the_next_one_reaches_a_new_runner(
        fake: FakeRunner) -> None:
    client = RunnerClient(fake.spec)
    try:
        stream = client.call(_chat(10_000), stream=True)
        await stream.__anext__()
        fake.crash()
        with pytest.raises(EngineCrashed, match="died during this request") as info:
            await _collect(stream)
        assert info.value.http_status() == 503 and info.value.code == "engine_crashed"
        FakeRunner(fake.spec, ScriptedModel()).start()  # the restart after the backoff finds it
        msgs = await asyncio.wait_for(_collect(client.call(_chat(2), stream=True)), 5)
        assert msgs[-1]["end"]["usage"]["completion_tokens"] == 2
    finally:
        await client.aclose()


async def test_idle_unload_is_not_a_crash_and_the_next_request_starts_it_again(runtime_dir: Path) -> None:
    spec = _spec(runtime_dir, keep_alive_s=0.0)
    first = FakeRunner(spec, ScriptedModel()).start()
    client = RunnerClient(spec)
    try:
        await client.start()
        first.join()  # keep_alive 0 (after the first-request grace): it unloads and exits
        for _ in range(100):
            if not client.loaded:
                break
            await asyncio.sleep(0.01)
        assert not client.loaded
        assert client.last_exit is None  # a clean unload is not recorded as a crash
        second = FakeRunner(spec, ScriptedModel()).start()
        msgs = await _collect(client.call(_chat(2), stream=False))
        assert msgs[0]["result"]["usage"]["completion_tokens"] == 2
        await client.aclose()
        second.join()  # its last client left: it exits
    finally:
        await client.aclose()


def test_runner_exits_when_its_last_client_leaves(fake: FakeRunner) -> None:
    async def visit() -> None:
        client = RunnerClient(fake.spec)
        await _collect(client.call(_chat(1), stream=True))
        await client.aclose()

    asyncio.run(visit())
    fake.join()
    assert not fake.spec.socket.exists()
