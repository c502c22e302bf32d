"""Raw tool-call formats, per family: one case table, run through the real normaliser whole
(`normalise_response`) and streamed (`StreamNormaliser`) at every split point (STYLE.md §1)."""

from __future__ import annotations

import json
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medgate.engines.dialects import dialect_for
from medgate.engines.families import family_for
from medgate.engines.families.toolcalls import ToolSpec, merge_calls
from medgate.gateway.normalise import StreamNormaliser, normalise_response

WEATHER = {"type": "function", "function": {"name": "get_weather", "parameters": {
    "type": "object", "properties": {"city": {"type": "string"}, "days": {"type": "integer"},
                                     "zip": {"type": "string"}}}}}
TIME = {"type": "function", "function": {"name": "get_time", "parameters": {
    "type": "object", "properties": {"tz": {"type": "string"}}}}}
TOOLS = ToolSpec.from_tools([WEATHER, TIME])

R1_CALL = ("<｜tool▁call▁begin｜>function<｜tool▁sep｜>get_weather\n```json\n{\"city\": \"Beijing\"}\n```"
           "<｜tool▁call▁end｜>")
R1_CALL2 = ("<｜tool▁call▁begin｜>function<｜tool▁sep｜>get_time\n```json\n{\"tz\": \"CST\"}\n```"
            "<｜tool▁call▁end｜>")
W = ("get_weather", '{"city": "Beijing"}')
T = ("get_time", '{"tz": "CST"}')

Case = tuple[str, str, str, str, str | None, list[tuple[str, str]]]
CASES: list[Case] = [
    # (id, family, raw content, expected reasoning, expected content, expected calls)
    # -- GPT-OSS harmony (openai/harmony docs/format.md; vLLM harmony_utils.parse_chat_output)
    ("harmony-preamble-is-content", "gpt-oss",
     "<|channel|>commentary<|message|>Let me look that up.<|end|><|start|>assistant<|channel|>final"
     "<|message|>It is sunny.<|return|>", "", "Let me look that up.\nIt is sunny.", []),
    ("harmony-analysis-preamble-call", "gpt-oss",
     "<|channel|>analysis<|message|>Need the weather.<|end|><|start|>assistant<|channel|>commentary"
     "<|message|>Let me look that up.<|end|><|start|>assistant<|channel|>commentary "
     "to=functions.get_weather <|constrain|>json<|message|>{\"city\": \"Beijing\"}<|call|>",
     "Need the weather.", "Let me look that up.", [W]),
    ("harmony-recipient-in-role", "gpt-oss",
     "<|channel|>analysis<|message|>x<|end|><|start|>assistant to=functions.get_weather<|channel|>"
     "commentary json<|message|>{\"city\": \"Beijing\"}<|call|>", "x", None, [W]),
    ("harmony-opens-with-recipient", "gpt-oss",
     " to=functions.get_weather<|channel|>commentary <|constrain|>json<|message|>{\"city\": \"Beijing\"}"
     "<|call|>", "", None, [W]),
    ("harmony-two-calls", "gpt-oss",
     "<|channel|>commentary to=functions.get_weather <|constrain|>json<|message|>{\"city\": \"Beijing\"}"
     "<|call|><|start|>assistant<|channel|>commentary to=functions.get_time <|constrain|>json"
     "<|message|>{\"tz\": \"CST\"}<|call|>", "", None, [W, T]),
    ("harmony-two-analysis-joined", "gpt-oss",
     "<|channel|>analysis<|message|>One.<|end|><|start|>assistant<|channel|>analysis<|message|>Two."
     "<|end|><|start|>assistant<|channel|>final<|message|>Done.<|return|>", "One.\nTwo.", "Done.", []),
    ("harmony-builtin-tool-is-reasoning", "gpt-oss",
     "<|channel|>analysis to=browser.search <|constrain|>json<|message|>{\"query\": \"x\"}<|call|>",
     "{\"query\": \"x\"}", "", []),
    ("harmony-no-end-tokens", "gpt-oss",  # llama.cpp's server drops <|end|> and <|return|>
     "<|channel|>analysis<|message|>think<|start|>assistant<|channel|>final<|message|>answer",
     "think", "answer", []),
    ("harmony-literal-bar-in-answer", "gpt-oss",
     "<|channel|>final<|message|>a <| b |> c<|return|>", "", "a <| b |> c", []),
    ("harmony-engine-parsed", "gpt-oss", "Already parsed.", "", "Already parsed.", []),
    # -- DeepSeek-R1 (tokenizer_config.json chat template; vLLM deepseekv3_tool_parser)
    ("r1-two-calls", "deepseek-r1",
     f"<think>\nI should call.\n</think>\n\n<｜tool▁calls▁begin｜>{R1_CALL}\n{R1_CALL2}<｜tool▁calls▁end｜>",
     "\nI should call.\n", None, [W, T]),
    ("r1-content-before", "deepseek-r1",
     f"<think>x</think>Let me check.<｜tool▁calls▁begin｜>{R1_CALL}<｜tool▁calls▁end｜>",
     "x", "Let me check.", [W]),
    ("r1-no-fence", "deepseek-r1",
     "<think>x</think><｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>get_time\n"
     "{\"tz\": \"CST\"}<｜tool▁call▁end｜><｜tool▁calls▁end｜>", "x", None, [T]),
    ("r1-no-opening-think", "deepseek-r1",
     f"Reasoning here.\n</think>\n\n<｜tool▁calls▁begin｜>{R1_CALL}<｜tool▁calls▁end｜>",
     "Reasoning here.\n", None, [W]),
    ("r1-untagged-call-only", "deepseek-r1", f"<｜tool▁calls▁begin｜>{R1_CALL}<｜tool▁calls▁end｜>",
     "", None, [W]),
    ("r1-untagged-text-then-call", "deepseek-r1",  # the call settles untagged text as the answer
     "Checking the weather." + f"<｜tool▁calls▁begin｜>{R1_CALL}<｜tool▁calls▁end｜>", "",
     "Checking the weather.", [W]),
    ("r1-backticks-in-arguments", "deepseek-r1",
     "<think>x</think><｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>get_time\n```json\n"
     "{\"tz\": \"`UTC` ``\"}\n```<｜tool▁call▁end｜><｜tool▁calls▁end｜>", "x", None,
     [("get_time", '{"tz": "`UTC` ``"}')]),
    ("r1-text-after-block", "deepseek-r1",
     f"<think>x</think><｜tool▁calls▁begin｜>{R1_CALL}<｜tool▁calls▁end｜>Done.", "x", "Done.", [W]),
    # -- GLM-4.5 / 4.5V (GLM-4.5 chat template; vLLM glm4_moe_tool_parser)
    ("glm-typed-values", "glm-4.5v",
     "<think>look</think>\n<tool_call>get_weather\n<arg_key>city</arg_key>\n<arg_value>Beijing</arg_value>\n"
     "<arg_key>days</arg_key>\n<arg_value>3</arg_value>\n<arg_key>zip</arg_key>\n<arg_value>02139"
     "</arg_value>\n</tool_call>", "look", None,
     [("get_weather", '{"city": "Beijing", "days": 3, "zip": "02139"}')]),
    ("glm-undeclared-json-value", "glm-4.5v",
     "<tool_call>get_time\n<arg_key>opts</arg_key>\n<arg_value>{\"a\": [1, 2]}</arg_value>\n</tool_call>",
     "", None, [("get_time", '{"opts": {"a": [1, 2]}}')]),
    ("glm-two-calls-content-before", "glm-4.5v",
     "<think>r</think>Checking.\n<tool_call>get_weather\n<arg_key>city</arg_key>\n<arg_value>Beijing"
     "</arg_value>\n</tool_call>\n<tool_call>get_time\n<arg_key>tz</arg_key>\n<arg_value>CST</arg_value>\n"
     "</tool_call>", "r", "Checking.\n", [W, T]),
    ("glm-compact-form", "glm-4.5v",
     "<tool_call>get_time<arg_key>tz</arg_key><arg_value>CST</arg_value></tool_call>", "", None, [T]),
    ("glm-no-arguments", "glm-4.5v", "<tool_call>get_time\n</tool_call>", "", None, [("get_time", "{}")]),
    ("glm-plain-answer", "glm-4.5v", "<think>r</think>No tools needed, x < 3.", "r",
     "No tools needed, x < 3.", []),
]


def _whole(family: str, text: str, tools: ToolSpec | None = TOOLS) -> tuple[str, str | None, list[Any], str]:
    resp = {"choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]}
    normalise_response(resp, family_for(family), dialect_for("vllm"), tools)
    choice = resp["choices"][0]
    msg = choice["message"]
    calls = [(c["function"]["name"], c["function"]["arguments"]) for c in msg.get("tool_calls") or ()]
    return msg.get("reasoning_content") or "", msg["content"], calls, choice["finish_reason"]


def _streamed(family: str, pieces: list[str], tools: ToolSpec | None = TOOLS) -> tuple[str, str | None, list[Any], str]:
    norm = StreamNormaliser(family_for(family), dialect_for("vllm"), tools)
    reasoning, content, deltas, finish = "", "", [], ""
    chunks = [{"choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]} for p in pieces]
    chunks.append({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    for chunk in chunks:
        norm.chunk(chunk)
        choice = chunk["choices"][0]
        delta = choice["delta"]
        reasoning += delta.get("reasoning_content") or ""
        content += delta.get("content") or ""
        deltas += delta.get("tool_calls") or []
        finish = choice["finish_reason"] or finish
    _check_delta_shape(deltas)
    calls = [(c["function"]["name"], c["function"]["arguments"]) for c in _merge(deltas)]
    return reasoning, content if content or not calls else None, calls, finish


def _merge(deltas: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from medgate.engines.families.toolcalls import ToolCallDelta
    return merge_calls(ToolCallDelta(d["index"], d.get("id"), d["function"].get("name"), d["function"]["arguments"])
                       for d in deltas)


def _check_delta_shape(deltas: list[dict[str, Any]]) -> None:
    """OpenAI's stream shape: a call's first piece has id, type and name; later ones only arguments."""
    seen: set[int] = set()
    for d in deltas:
        if d["index"] not in seen:
            assert d["id"].startswith("call_") and d["type"] == "function" and d["function"]["name"]
            seen.add(d["index"])
        else:
            assert "id" not in d and "name" not in d["function"]
    assert seen == set(range(len(seen)))


@pytest.mark.parametrize(("family", "text", "reasoning", "content", "calls"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_whole_text(family: str, text: str, reasoning: str, content: str | None, calls: list[Any]) -> None:
    got = _whole(family, text)
    assert got == (reasoning, content, calls, "tool_calls" if calls else "stop")
    for _, args in calls:
        json.loads(args)  # every expected argument string is JSON


@pytest.mark.parametrize(("family", "text", "reasoning", "content", "calls"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_stream_equals_whole_at_every_split(family: str, text: str, reasoning: str, content: str | None,
                                           calls: list[Any]) -> None:
    expected = (reasoning, content, calls, "tool_calls" if calls else "stop")
    step = max(1, len(text) // 45)  # long cases: a sample of split points keeps the test quick
    for i in range(0, len(text) + 1, step):
        for j in range(i, len(text) + 1, step):
            assert _streamed(family, [text[:i], text[i:j], text[j:]]) == expected, (i, j)


@pytest.mark.parametrize("case", [c for c in CASES if c[5]], ids=[c[0] for c in CASES if c[5]])
def test_character_by_character(case: Case) -> None:
    _, family, text, reasoning, content, calls = case
    assert _streamed(family, list(text)) == (reasoning, content, calls, "tool_calls")


@pytest.mark.parametrize("case", [c for c in CASES if c[5] and c[1] != "gpt-oss"],
                         ids=[c[0] for c in CASES if c[5] and c[1] != "gpt-oss"])
def test_without_tools_the_markup_stays_text(case: Case) -> None:
    """No tools offered (or tool_choice none): medgate reads no calls, as the engines do."""
    _, family, text, _, _, _ = case
    _, content, calls, finish = _whole(family, text, None)
    assert calls == [] and finish == "stop"
    assert ("<tool_call>" in (content or "")) or ("tool▁call" in (content or ""))


def test_harmony_call_without_tools_stays_reasoning() -> None:
    text = ("<|channel|>commentary to=functions.lookup <|constrain|>json<|message|>{\"q\":1}<|call|>"
            "<|start|>assistant<|channel|>final<|message|>ok<|return|>")
    assert _whole("gpt-oss", text, None) == ('{"q":1}', "ok", [], "stop")


def test_r1_arguments_stream_before_the_call_ends() -> None:
    """Arguments are fragments as they come, not one piece at the end."""
    norm = StreamNormaliser(family_for("deepseek-r1"), dialect_for("vllm"), TOOLS)
    head = "<think>x</think><｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>get_weather\n```json\n"
    pieces = [head, '{"city": ', '"Beij', 'ing"}']
    got = []
    for p in pieces:
        chunk = {"choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]}
        norm.chunk(chunk)
        got.append([c["function"].get("arguments") for c in chunk["choices"][0]["delta"].get("tool_calls") or ()])
    assert got == [[""], ['{"city":'], [' "Beij'], ['ing"}']]  # a trailing blank may be the fence


def test_finish_length_is_kept() -> None:
    resp = {"choices": [{"index": 0, "finish_reason": "length", "message": {
        "role": "assistant", "content": f"<think>x</think><｜tool▁calls▁begin｜>{R1_CALL}"}}]}
    normalise_response(resp, family_for("deepseek-r1"), dialect_for("vllm"), TOOLS)
    assert resp["choices"][0]["finish_reason"] == "length"
    assert resp["choices"][0]["message"]["tool_calls"][0]["function"]["name"] == "get_weather"


def test_engine_parsed_calls_pass_through() -> None:
    parsed = [{"id": "call_9", "type": "function", "function": {"name": "get_time", "arguments": "{}"}}]
    resp = {"choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
        "role": "assistant", "content": None, "tool_calls": parsed}}]}
    normalise_response(resp, family_for("deepseek-r1"), dialect_for("vllm"), TOOLS)
    assert resp["choices"][0]["message"]["tool_calls"] == parsed


FRAGMENTS = ["<｜tool▁calls▁begin｜>", "<｜tool▁call▁begin｜>", "<｜tool▁sep｜>", "<｜tool▁call▁end｜>",
             "<｜tool▁calls▁end｜>", "<｜tool", "function", "```json\n", "```", "`", "\n", " ", "get_time", "tz",
             '{"tz": "CST"}', "<tool_call>", "</tool_call>", "<arg_key>", "</arg_key>", "<arg_value>",
             "</arg_value>", "<tool", "3", "<think>", "</think>", "<|channel|>", "<|start|>", "assistant",
             "commentary", "analysis", "final", " to=functions.get_time", "to=", "<|constrain|>", "json",
             "<|message|>", "<|call|>", "<|end|>", "<|return|>", "<|", "|>", "<", "é"]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(family=st.sampled_from(["deepseek-r1", "glm-4.5v", "gpt-oss", "generic"]), text=texts,
       points=st.lists(st.integers(0, 400), max_size=10))
def test_any_chunking_equals_the_whole(family: str, text: str, points: list[int]) -> None:
    bounds = sorted({p % (len(text) + 1) for p in points} | {0, len(text)})
    pieces = [text[a:b] for a, b in pairwise(bounds)]
    assert _streamed(family, pieces) == _whole(family, text)
