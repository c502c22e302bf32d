"""Issue 18 end to end: each family's raw tool-call format and the parsed form give the same
`tool_calls` through medgate, full and streamed (every character boundary a chunk boundary
included); tool_choice is honoured or refused; engines get tools in their own shape."""

from __future__ import annotations

import json
from typing import Any

import openai
import pytest
from tests.conftest import RunningServer
from tests.fakes.tool_formats import CALLS, CONTENT, REASONING, TOOLS, args_text
from tests.fakes.upstream import FakeUpstream

QUESTION = [{"role": "user", "content": "Weather and time in Boston?"}]


@pytest.fixture(scope="module")
def client(fake_server: RunningServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=fake_server.base_url, api_key="unused", max_retries=0, timeout=20)


def _full(client: openai.OpenAI, model: str, **kw: Any) -> tuple[Any, list[tuple[str, str, str]], str]:
    resp = client.chat.completions.create(model=model, messages=QUESTION, tools=TOOLS, **kw)  # type: ignore[arg-type]
    choice = resp.choices[0]
    calls = [(c.type, c.function.name, c.function.arguments) for c in choice.message.tool_calls or ()]
    ids = [c.id for c in choice.message.tool_calls or ()]
    assert len(set(ids)) == len(ids) and all(ids)
    return choice.message, calls, choice.finish_reason


def _streamed(client: openai.OpenAI, model: str, piece: int, **kw: Any) -> dict[str, Any]:
    stream = client.chat.completions.create(model=model, messages=QUESTION, tools=TOOLS, stream=True,  # type: ignore[arg-type]
                                            extra_body={"fake_piece": piece}, **kw)
    out: dict[str, Any] = {"content": "", "reasoning": "", "calls": {}, "finish": None}
    for chunk in stream:
        for choice in chunk.choices:
            delta = choice.delta
            out["content"] += delta.content or ""
            out["reasoning"] += (delta.model_extra or {}).get("reasoning_content") or ""
            for call in delta.tool_calls or ():
                entry = out["calls"].setdefault(call.index, {"id": None, "type": None, "name": None, "args": ""})
                if call.id:
                    assert entry["id"] is None, "a call's id comes once"
                    entry.update(id=call.id, type=call.type)
                if call.function and call.function.name:
                    entry["name"] = call.function.name
                entry["args"] += (call.function.arguments or "") if call.function else ""
            out["finish"] = choice.finish_reason or out["finish"]
    return out


EXPECTED = {fam: [("function", name, args_text(fam, args)) for name, args in CALLS] for fam in ("r1", "glm", "harmony")}


@pytest.mark.parametrize("fam", ["r1", "glm", "harmony"])
def test_raw_and_parsed_give_the_same_calls_full(client: openai.OpenAI, fam: str) -> None:
    for form in ("raw", "parsed"):
        message, calls, finish = _full(client, f"toolfmt-{fam}-{form}")
        assert calls == EXPECTED[fam], form
        assert finish == "tool_calls", form
        assert (message.content or "").strip() == CONTENT, form  # the preamble/lead-in is content
        reasoning = (message.model_extra or {}).get("reasoning_content") or ""
        assert reasoning.strip() == REASONING and CONTENT not in reasoning, form


@pytest.mark.parametrize("fam", ["r1", "glm", "harmony"])
@pytest.mark.parametrize("piece", [1, 2, 3, 7])
def test_raw_and_parsed_give_the_same_calls_streamed(client: openai.OpenAI, fam: str, piece: int) -> None:
    for form in ("raw", "parsed"):
        out = _streamed(client, f"toolfmt-{fam}-{form}", piece)
        calls = [(c["type"], c["name"], c["args"]) for _, c in sorted(out["calls"].items())]
        assert calls == EXPECTED[fam], (form, piece)
        assert all(c["id"] for c in out["calls"].values())
        assert out["finish"] == "tool_calls"
        assert out["content"].strip() == CONTENT and out["reasoning"].strip() == REASONING, (form, piece)


def test_tool_choice_none_leaves_markup_as_text(client: openai.OpenAI) -> None:
    message, calls, finish = _full(client, "toolfmt-r1-raw", tool_choice="none")
    assert calls == [] and finish == "stop"
    assert "tool▁call" in (message.content or "")


def test_required_tool_choice_not_honoured_is_an_error(client: openai.OpenAI) -> None:
    with pytest.raises(openai.APIStatusError) as err:
        client.chat.completions.create(model="plain", messages=QUESTION, tools=TOOLS,  # type: ignore[arg-type]
                                       tool_choice="required")
    assert err.value.status_code == 502 and "required" in str(err.value)
    stream = client.chat.completions.create(model="plain", messages=QUESTION, tools=TOOLS, stream=True,  # type: ignore[arg-type]
                                            tool_choice={"type": "function", "function": {"name": "get_time"}})
    with pytest.raises(openai.APIError, match="get_time"):
        for _ in stream:
            pass


def test_named_tool_choice_honoured(client: openai.OpenAI) -> None:
    _, calls, _ = _full(client, "toolfmt-r1-raw", tool_choice="required")
    assert [c[1] for c in calls] == ["get_weather", "get_time"]
    with pytest.raises(openai.APIStatusError) as err:  # it called get_weather as well
        _full(client, "toolfmt-r1-raw", tool_choice={"type": "function", "function": {"name": "get_time"}})
    assert err.value.status_code == 502


@pytest.mark.parametrize(("kw", "fragment"), [
    ({"tool_choice": "auto", "tools": None}, "only allowed when tools"),
    ({"tool_choice": {"type": "function", "function": {"name": "nope"}}}, "not among the tools"),
    ({"tool_choice": "sometimes"}, "tool_choice must be"),
    ({"tools": [{"type": "function", "function": {"description": "no name"}}]}, "tools[0]"),
])
def test_bad_tool_requests_are_400(client: openai.OpenAI, kw: dict[str, Any], fragment: str) -> None:
    args: dict[str, Any] = {"tools": TOOLS, **kw}
    if args["tools"] is None:
        del args["tools"]
    with pytest.raises(openai.BadRequestError, match=fragment.replace("[", r"\[").replace("]", r"\]")):
        client.chat.completions.create(model="toolfmt-r1-raw", messages=QUESTION, **args)


def test_engine_that_cannot_honour_tool_choice_refuses(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    before = len(upstream.requests)
    with pytest.raises(openai.BadRequestError, match="engine ollama takes: auto, none"):
        client.chat.completions.create(model="ollama-tools", messages=QUESTION, tools=TOOLS,  # type: ignore[arg-type]
                                       tool_choice="required")
    assert len(upstream.requests) == before  # refused, never sent


def test_routing_skips_a_deployment_that_cannot_honour_tool_choice(client: openai.OpenAI,
                                                                    upstream: FakeUpstream) -> None:
    before = len(upstream.requests)
    resp = client.chat.completions.create(model="ollama-then-vllm-tools", messages=QUESTION, tools=TOOLS,  # type: ignore[arg-type]
                                          tool_choice="required")
    meta = resp.medgate  # type: ignore[attr-defined]
    assert meta["deployment"].endswith("toolfmt-r1-parsed") and meta["attempts"] == 1
    assert [c.function.name for c in resp.choices[0].message.tool_calls or ()] == [n for n, _ in CALLS]
    assert len(upstream.requests) == before + 1 and upstream.requests[-1]["model"] == "toolfmt-r1-parsed"
    # "auto" both can honour: the first (Ollama) serves it
    resp = client.chat.completions.create(model="ollama-then-vllm-tools", messages=QUESTION, tools=TOOLS,  # type: ignore[arg-type]
                                          tool_choice="auto")
    assert upstream.requests[-1]["model"] == "echo"


def test_each_engine_gets_tools_in_its_shape(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    history: list[Any] = [
        *QUESTION,
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "get_time", "arguments": '{"tz": "EST"}'}}]},
        {"role": "tool", "tool_call_id": "c1", "content": '{"time": "09:00"}'},
    ]
    client.chat.completions.create(model="toolfmt-r1-parsed", messages=history, tools=TOOLS, tool_choice="auto")  # type: ignore[arg-type]
    sent = upstream.requests[-1]
    assert sent["tools"] == TOOLS and sent["tool_choice"] == "auto"  # vLLM and the like: as is
    assert sent["messages"][-1] == history[-1] and sent["messages"][-2]["tool_calls"] == history[-2]["tool_calls"]
    client.chat.completions.create(model="ollama-tools", messages=history, tools=TOOLS, tool_choice="auto")  # type: ignore[arg-type]
    assert upstream.requests[-1]["tools"] == TOOLS and "tool_choice" not in upstream.requests[-1]
    client.chat.completions.create(model="ollama-tools", messages=history, tools=TOOLS, tool_choice="none")  # type: ignore[arg-type]
    assert "tools" not in upstream.requests[-1]  # Ollama has no "none": the tools are not offered


def test_advice_line_stays_out_of_tool_answers(client: openai.OpenAI) -> None:
    """An emergency in a tool request: the header carries it, the content does not (JSON-safe)."""
    raw = client.chat.completions.with_raw_response.create(
        model="toolfmt-r1-raw", tools=TOOLS,  # type: ignore[arg-type]
        messages=[{"role": "user", "content": "Crushing chest pain spreading to my left arm, sweating"}])
    assert raw.headers.get("x-medgate-escalation")
    message = raw.parse().choices[0].message
    assert (message.content or "").strip() == CONTENT and json.loads(message.tool_calls[0].function.arguments)  # type: ignore[index]


def test_raw_prompt_engine_gets_harmony_and_its_calls_come_back(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    """`engine: completions`: medgate renders harmony (tools included), the engine continues it."""
    message, calls, finish = _full(client, "harmony-prompt")
    sent = upstream.requests[-1]
    assert sent["prompt"].endswith("<|start|>user<|message|>Weather and time in Boston?<|end|><|start|>assistant")
    assert "type get_weather = (_: {\n// City name\ncity: string,\ndays?: number,\n}) => any;" in sent["prompt"]
    assert sent["stop"] == ["<|return|>", "<|call|>"] and sent["skip_special_tokens"] is False
    assert calls == [("function", "get_weather", '{"city":"Boston","days":3}')] and finish == "tool_calls"
    assert message.content == "Let me check."  # the preamble
    out = _streamed(client, "harmony-prompt", 1)
    assert [(c["name"], c["args"]) for c in out["calls"].values()] == [("get_weather", '{"city":"Boston","days":3}')]
    history: list[Any] = [*QUESTION, {"role": "assistant", "content": None, "tool_calls": [
        {"id": "c1", "type": "function", "function": {"name": "get_weather", "arguments": calls[0][2]}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "rain, 41F"}]
    answer = client.chat.completions.create(model="harmony-prompt", messages=history, tools=TOOLS)  # type: ignore[arg-type]
    assert answer.choices[0].message.content == "Result: rain, 41F"
    assert ("<|start|>functions.get_weather to=assistant<|channel|>commentary<|message|>rain, 41F<|end|>"
            in upstream.requests[-1]["prompt"])


def test_raw_prompt_is_rendered_after_pseudonymisation(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    history: list[Any] = [*QUESTION, {"role": "assistant", "content": None, "tool_calls": [
        {"id": "c1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "Patient John Smith, MRN 4829-1173, rain."}]
    answer = client.chat.completions.create(model="remote-harmony-prompt", messages=history, tools=TOOLS)  # type: ignore[arg-type]
    prompt = upstream.requests[-1]["prompt"]
    assert "John Smith" not in prompt and "4829-1173" not in prompt
    assert answer.choices[0].message.content == "Result: Patient John Smith, MRN 4829-1173, rain."


def test_the_readme_agent_loop_runs(fake_server: RunningServer, capsys: pytest.CaptureFixture[str]) -> None:
    """The README's tool-calling example, as printed there, against a fake GPT-OSS served raw."""
    from pathlib import Path

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    code = readme.split("### Tool calling", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    code = code.replace("http://127.0.0.1:8600/v1", fake_server.base_url).replace('"gpt-oss-120b"', '"harmony-prompt"')
    exec(compile(code, "README.md", "exec"), {})  # our own README's example
    assert "raised bleeding risk" in capsys.readouterr().out  # answered from the tool's result
