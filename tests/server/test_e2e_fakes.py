"""End to end: the official openai client → medgate (uvicorn) → fake upstreams on 127.0.0.1."""

from __future__ import annotations

import json
from typing import Any

import openai
import pytest
from tests import http_util
from tests.conftest import RunningServer
from tests.fakes.upstream import ANSWER, R1_REASONING, TOOL_CALL_ARGS, FakeUpstream


@pytest.fixture(scope="module")
def client(fake_server: RunningServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=fake_server.base_url, api_key="unused", max_retries=0, timeout=20)


def collect(stream: Any) -> tuple[str, str, list[Any]]:
    reasoning, content, chunks = "", "", []
    for chunk in stream:
        chunks.append(chunk)
        for choice in chunk.choices:
            extra = choice.delta.model_extra or {}
            reasoning += extra.get("reasoning_content") or ""
            content += choice.delta.content or ""
    return reasoning, content, chunks


REASONING_ENGINES = ["siliconflow-r1", "vllm-old", "vllm-new", "ollama", "raw-think", "raw-think-noopen", "harmony"]


@pytest.mark.parametrize("model", REASONING_ENGINES)
def test_reasoning_normalised_full(client: openai.OpenAI, model: str) -> None:
    resp = client.chat.completions.create(model=model, messages=[{"role": "user", "content": "cough, fever"}])
    msg = resp.choices[0].message
    assert msg.content == ANSWER
    assert (msg.model_extra or {})["reasoning_content"].strip() == R1_REASONING
    assert "reasoning" not in (msg.model_extra or {})
    meta = resp.model_extra["medgate"]  # type: ignore[index]
    assert meta["alias"] == model and meta["review_required"] is True
    assert meta["cost_usd"] == pytest.approx((1000 * 0.5 + 2000 * 2.18) / 1e6)


@pytest.mark.parametrize("model", REASONING_ENGINES)
def test_reasoning_normalised_stream(client: openai.OpenAI, model: str) -> None:
    stream = client.chat.completions.create(model=model, messages=[{"role": "user", "content": "cough"}],
                                            stream=True)
    reasoning, content, chunks = collect(stream)
    assert content == ANSWER
    assert reasoning.strip() == R1_REASONING
    assert "<think>" not in content and "</think>" not in content
    first_meta = next(c.model_extra["medgate"] for c in chunks if "medgate" in (c.model_extra or {}))
    assert first_meta["deployment"].endswith(model)
    assert chunks[-1].model_extra["medgate"]["cost_usd"] > 0  # final chunk carries the cost
    assert chunks[-1].usage is None  # the client did not ask for usage


def test_stream_usage_when_asked(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(model="plain", messages=[{"role": "user", "content": "hi"}],
                                            stream=True, stream_options={"include_usage": True})
    _, content, chunks = collect(stream)
    assert content == ANSWER
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens == 3000


def test_r1_defaults_and_system_fold_reach_upstream(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    resp = client.chat.completions.create(model="vllm-old", messages=[
        {"role": "system", "content": "You are a cardiologist."}, {"role": "user", "content": "Q"}])
    sent = upstream.requests[-1]
    assert sent["model"] == "vllm-old" and sent["temperature"] == 0.6 and sent["top_p"] == 0.95
    assert [m["role"] for m in sent["messages"]] == ["user"]
    assert resp.model_extra["medgate"]["defaults_applied"]["temperature"] == 0.6  # type: ignore[index]


def test_extra_fields_pass_through_and_medgate_fields_do_not(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    client.chat.completions.create(model="plain", messages=[{"role": "user", "content": "Q"}],
                                   reasoning_effort="high",
                                   extra_body={"top_k": 20, "min_p": 0.05, "thinking": True, "phi": "allow"})
    sent = upstream.requests[-1]
    assert sent["top_k"] == 20 and sent["min_p"] == 0.05 and sent["reasoning_effort"] == "high"
    assert "phi" not in sent and "thinking" not in sent


def test_glm_thinking_switch_and_boxes(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    resp = client.chat.completions.create(
        model="glm-boxes", extra_body={"thinking": False},
        messages=[{"role": "user", "content": [{"type": "text", "text": "Where?"},
                                               {"type": "image_url", "image_url": {"url": "https://x/y.png"}}]}])
    sent = upstream.requests[-1]
    assert sent["chat_template_kwargs"] == {"enable_thinking": False}
    assert sent["messages"][0]["content"][1] == {"type": "image_url", "image_url": {"url": "https://x/y.png"}}
    meta = resp.model_extra["medgate"]  # type: ignore[index]
    assert meta["boxes"][0]["box_1000"] == [100, 200, 500, 800]
    assert "<|begin_of_box|>" not in (resp.choices[0].message.content or "")
    assert resp.choices[0].message.model_extra["reasoning_content"] == "Look at the left lower lobe."  # type: ignore[index]


def test_glm_boxes_in_stream_final_chunk(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(model="glm-boxes", messages=[{"role": "user", "content": "Where?"}],
                                            stream=True)
    _, _, chunks = collect(stream)
    assert chunks[-1].model_extra["medgate"]["boxes"][0]["box_1000"] == [100, 200, 500, 800]


@pytest.mark.parametrize("piece", [1, 2, 3, 5, 8, 13])
def test_glm_box_tokens_leave_streams_at_any_split(client: openai.OpenAI, piece: int) -> None:
    """Issue 18: the box markers come out of streamed content too, wherever the chunks split them."""
    full = client.chat.completions.create(model="glm-boxes", messages=[{"role": "user", "content": "Where?"}])
    stream = client.chat.completions.create(model="glm-boxes", messages=[{"role": "user", "content": "Where?"}],
                                            stream=True, extra_body={"fake_piece": piece})
    reasoning, content, chunks = collect(stream)
    assert content == full.choices[0].message.content == "The opacity is at [[100,200,500,800]]."
    assert reasoning == "Look at the left lower lobe."
    assert chunks[-1].model_extra["medgate"]["boxes"][0]["box_1000"] == [100, 200, 500, 800]


def test_tool_calls_pass_through(client: openai.OpenAI) -> None:
    tools = [{"type": "function", "function": {"name": "order_test", "parameters": {"type": "object"}}}]
    resp = client.chat.completions.create(model="tools", messages=[{"role": "user", "content": "order"}], tools=tools)
    call = resp.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert call.function.name == "order_test" and json.loads(call.function.arguments) == json.loads(TOOL_CALL_ARGS)
    stream = client.chat.completions.create(model="tools", messages=[{"role": "user", "content": "order"}],
                                            tools=tools, stream=True)
    args, finish = "", None
    for chunk in stream:
        for choice in chunk.choices:
            for tc in choice.delta.tool_calls or []:
                args += tc.function.arguments or ""  # type: ignore[union-attr]
            finish = choice.finish_reason or finish
    assert args == TOOL_CALL_ARGS and finish == "tool_calls"


def test_models_list(client: openai.OpenAI) -> None:
    models = {m.id: m for m in client.models.list()}
    assert {"plain", "harmony", "glm-boxes", "remote-echo"} <= set(models)
    assert models["plain"].model_extra["pricing"] == {"input_per_m": 0.5, "output_per_m": 2.18}  # type: ignore[index]
    assert models["remote-echo"].model_extra["pricing"] is None  # self-hosted, no price: unknown
    assert models["remote-echo"].model_extra["trust"] == "remote"  # type: ignore[index]


# -- errors -------------------------------------------------------------------------------------

def test_unknown_model_404_says_how(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as err:
        client.chat.completions.create(model="deepseek-r1", messages=[{"role": "user", "content": "x"}])
    body = err.value.body
    assert isinstance(body, dict) and "SILICONFLOW_API_KEY" in body["message"] and "config" in body["message"]


@pytest.mark.parametrize(("model", "error", "status"), [
    ("err-429", openai.RateLimitError, 429),
    ("err-503", openai.InternalServerError, 503),
    ("err-500", openai.InternalServerError, 500),
    ("err-400", openai.BadRequestError, 400),
    ("slow", openai.InternalServerError, 504),
    ("not-json", openai.InternalServerError, 502),
])
def test_upstream_errors_mapped(client: openai.OpenAI, model: str, error: type[Exception], status: int) -> None:
    with pytest.raises(error) as err:
        client.chat.completions.create(model=model, messages=[{"role": "user", "content": "x"}])
    assert err.value.status_code == status  # type: ignore[attr-defined]
    if status == 429:
        assert err.value.response.headers["retry-after"] == "7"  # type: ignore[attr-defined]


def test_upstream_error_before_stream_is_http_error(client: openai.OpenAI) -> None:
    with pytest.raises(openai.RateLimitError):
        client.chat.completions.create(model="err-429", messages=[{"role": "user", "content": "x"}], stream=True)


def test_mid_stream_failure_ends_with_error_event(fake_server: RunningServer) -> None:
    resp = http_util.post(f"{fake_server.base_url}/chat/completions", timeout=10,
                          json_body={"model": "broken-stream", "stream": True,
                                     "messages": [{"role": "user", "content": "x"}]})
    events = resp.events()
    assert resp.status == 200
    assert json.loads(events[-2])["error"]["code"] == "upstream_protocol_error"
    assert events[-1] == "[DONE]"


@pytest.mark.parametrize(("payload", "status", "param"), [
    (b"{not json", 400, None),
    (b"", 400, None),
    (b'{"model": "plain"}', 400, "messages"),
    (b'{"messages": [{"role": "user", "content": "x"}]}', 400, "model"),
    (b'{"model": "plain", "messages": "hello"}', 400, "messages"),
    (b'{"model": "plain", "messages": [{"role": "wizard", "content": "x"}]}', 400, "messages[0].role"),
    (b'{"model": "plain", "messages": [{"role": "user", "content": 5}]}', 400, "messages[0].content"),
    (b'{"model": "plain", "messages": [{"role": "user", "content": "x"}], "temperature": "hot"}', 400, "temperature"),
    (b'{"model": "plain", "messages": [{"role": "user", "content": "x"}], "stream": "yes"}', 400, "stream"),
    (b'{"model": "plain", "messages": [{"role": "user", "content": "x"}], "max_tokens": 0}', 400, "max_tokens"),
    (b'{"model": "plain", "messages": [{"role": "user", "content": "x"}], "phi": "maybe"}', 400, "phi"),
    (b"[1, 2]", 400, "body"),
])
def test_bad_requests(fake_server: RunningServer, payload: bytes, status: int, param: str | None) -> None:
    resp = http_util.post(f"{fake_server.base_url}/chat/completions", content=payload)
    assert resp.status == status
    err = resp.json()["error"]
    assert err["type"] == "invalid_request_error" and err["message"]
    assert err["param"] == param


def test_oversized_body_413(fake_server: RunningServer) -> None:
    big = {"model": "plain", "messages": [{"role": "user", "content": "x" * 300_000}]}
    resp = http_util.post(f"{fake_server.base_url}/chat/completions", json_body=big)
    assert resp.status == 413 and resp.json()["error"]["code"] == "payload_too_large"


def test_unknown_route_and_method(fake_server: RunningServer) -> None:
    assert http_util.get(f"{fake_server.base_url}/nope").status == 404
    assert http_util.get(f"{fake_server.base_url}/chat/completions").status == 405
