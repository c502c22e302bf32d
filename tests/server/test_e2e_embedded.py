"""End to end on the embedded model: the real `medgate serve` process, the official openai client."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest
from tests import http_util

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("SILICONFLOW_API_KEY", "MEDGATE_CONFIG")}
    env["MEDGATE_AUDIT_URL"] = f"sqlite:///{tmp_path_factory.mktemp('audit') / 'audit.sqlite'}"
    medgate = Path(sys.executable).parent / "medgate"
    proc = subprocess.Popen([str(medgate), "serve", "--port", str(port), "--log-level", "warning"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"medgate serve exited: {proc.stdout.read().decode()}")  # type: ignore[union-attr]
            try:
                if http_util.get(f"{base}/health", timeout=1).status == 200:
                    break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("medgate serve did not answer /health in 60 s")
        yield f"{base}/v1"
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def client(served: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=served, api_key="unused", max_retries=0, timeout=120)


def test_models_list_has_local_aliases(client: openai.OpenAI) -> None:
    assert {m.id for m in client.models.list()} == {"local", "smollm2-135m"}


def test_completion(client: openai.OpenAI) -> None:
    resp = client.chat.completions.create(model="local", max_tokens=24, temperature=0,
                                          messages=[{"role": "user", "content": "Name one symptom of flu."}])
    assert resp.choices[0].message.content
    assert resp.usage is not None and resp.usage.completion_tokens > 0
    meta = resp.model_extra["medgate"]  # type: ignore[index]
    assert meta["deployment"] == "embedded:smollm2-135m" and meta["cost_usd"] == 0.0
    assert meta["phi"]["policy"] == "allow"  # local: nothing leaves the machine


def test_stream_with_usage(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(model="local", max_tokens=24, temperature=0, stream=True,
                                            stream_options={"include_usage": True},
                                            messages=[{"role": "user", "content": "Say hello."}])
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.strip()
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0
    assert any(c.choices and c.choices[0].finish_reason for c in chunks)


def test_json_schema_constrained_output(client: openai.OpenAI) -> None:
    schema = {"type": "object", "properties": {"diagnosis": {"type": "string"}}, "required": ["diagnosis"]}
    resp = client.chat.completions.create(
        model="local", max_tokens=64, temperature=0,
        messages=[{"role": "user", "content": "Fever and cough for 3 days. Most likely diagnosis as JSON."}],
        response_format={"type": "json_schema", "json_schema": {"name": "dx", "schema": schema}})
    data = json.loads(resp.choices[0].message.content or "")
    assert isinstance(data["diagnosis"], str)


def test_concurrent_requests_and_loop_stays_free(client: openai.OpenAI, served: str) -> None:
    results: list[str] = []
    errors: list[BaseException] = []

    def ask(i: int) -> None:
        try:
            r = client.chat.completions.create(model="local", max_tokens=48, temperature=0,
                                               messages=[{"role": "user", "content": f"Count to {i + 3}."}])
            results.append(r.choices[0].message.content or "")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    time.sleep(0.2)
    # While four generations queue on the model thread, the event loop still answers at once.
    started = time.monotonic()
    assert http_util.get(served.removesuffix("/v1") + "/health", timeout=5).status == 200
    health_s = time.monotonic() - started
    for t in threads:
        t.join(120)
    assert not errors and len(results) == 4
    assert health_s < 1.0, f"/health took {health_s:.2f}s while the model was busy"


def test_image_part_rejected_by_text_only_model(client: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError, match="text only"):
        client.chat.completions.create(model="local", messages=[{"role": "user", "content": [
            {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]}])


def test_schema_pattern_with_escapes_does_not_crash_the_server(client: openai.OpenAI) -> None:
    # llama-cpp-python 0.3.36 segfaults on "\d" in a grammar; medgate rewrites it first.
    schema = {"type": "object", "properties": {"code": {"type": "string", "pattern": r"^[A-Z]\d{2}(\.\d)?$"}},
              "required": ["code"]}
    resp = client.chat.completions.create(
        model="local", max_tokens=32, temperature=0,
        messages=[{"role": "user", "content": "Give an ICD-10 code for pneumonia as JSON."}],
        response_format={"type": "json_schema", "json_schema": {"name": "code", "schema": schema}})
    assert re.match(r"^[A-Z][0-9]{2}", json.loads(resp.choices[0].message.content or "")["code"])
    assert client.models.list().data  # still serving


WEATHER = {"type": "function", "function": {"name": "get_weather", "description": "Weather for a city",
                                            "parameters": {"type": "object", "properties": {"city": {"type": "string"}},
                                                           "required": ["city"]}}}


def test_tools_through_the_function_calling_handler(client: openai.OpenAI) -> None:
    """Issue 18: the embedded model takes tools (quality is the model's; the API surface works)."""
    resp = client.chat.completions.create(
        model="local", max_tokens=32, temperature=0, tools=[WEATHER],  # type: ignore[list-item]
        tool_choice={"type": "function", "function": {"name": "get_weather"}},
        messages=[{"role": "user", "content": "What is the weather in Boston?"}])
    call = (resp.choices[0].message.tool_calls or [])[0]
    assert resp.choices[0].finish_reason == "tool_calls" and call.id and call.function.name == "get_weather"
    assert isinstance(json.loads(call.function.arguments)["city"], str)  # the schema's grammar held
    stream = client.chat.completions.create(
        model="local", max_tokens=32, temperature=0, tools=[WEATHER], stream=True,  # type: ignore[list-item]
        messages=[{"role": "user", "content": "What is the weather in Boston?"},
                  {"role": "assistant", "content": None, "tool_calls": [{"id": call.id, "type": "function", "function": {
                      "name": "get_weather", "arguments": call.function.arguments}}]},
                  {"role": "tool", "tool_call_id": call.id, "content": '{"sky": "rain", "temp_f": 41}'}])
    chunks = [c for c in stream if c.choices]
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    calls = [t for c in chunks for t in c.choices[0].delta.tool_calls or ()]
    assert text.strip() or calls  # "auto": the model answers in words or calls again
    assert chunks[-1].choices[0].finish_reason in ("stop", "tool_calls", "length")
    with pytest.raises(openai.BadRequestError, match="engine embedded"):
        client.chat.completions.create(model="local", tools=[WEATHER], tool_choice="required",  # type: ignore[list-item]
                                       messages=[{"role": "user", "content": "Weather?"}])
