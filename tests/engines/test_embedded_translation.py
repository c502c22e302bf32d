"""OpenAI body → llama-cpp-python arguments, and schemas made safe for its grammar builder."""

from __future__ import annotations

import re

import pytest

from medgate.engines.embedded import grammar_safe_pattern, grammar_safe_schema, to_llama_kwargs
from medgate.errors import InvalidRequest


@pytest.mark.parametrize(("pattern", "safe"), [
    (r"^\d{3}$", "^[0-9]{3}$"),
    (r"^A\.B$", "^A[.]B$"),
    (r"^[A-Z][0-9](\.[0-9A-Z]{1,4})?$", "^[A-Z][0-9]([.][0-9A-Z]{1,4})?$"),
    (r"^[\w.]+$", "^[A-Za-z0-9_.]+$"),
    (r"^\bword", None),
    (r"a\\b", None),
])
def test_patterns_lose_their_backslashes(pattern: str, safe: str | None) -> None:
    assert grammar_safe_pattern(pattern) == safe


@pytest.mark.parametrize("text", ["123", "A.B", "J18.9", "abc_1.x"])
def test_rewritten_pattern_accepts_what_the_original_accepts(text: str) -> None:
    for pattern in (r"^\d{3}$", r"^A\.B$", r"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$", r"^[\w.]+$"):
        safe = grammar_safe_pattern(pattern)
        assert safe is not None
        assert bool(re.match(pattern, text)) == bool(re.match(safe, text))


def test_schema_walk_keeps_enums_and_drops_unsafe_keywords() -> None:
    schema = {"type": "object", "properties": {
        "code": {"type": "string", "pattern": r"^\bx"},
        "when": {"type": "string", "format": "date"},
        "note": {"type": "string", "maxLength": 5000},
        "kind": {"enum": ["a\\.b"]},
        "items": {"type": "array", "items": {"type": "string", "pattern": r"^\d+$"}},
    }}
    safe = grammar_safe_schema(schema)
    props = safe["properties"]
    assert "pattern" not in props["code"] and "format" not in props["when"]
    assert "maxLength" not in props["note"] and props["kind"] == {"enum": ["a\\.b"]}
    assert props["items"]["items"]["pattern"] == "^[0-9]+$"
    assert schema["properties"]["code"]["pattern"] == r"^\bx"  # the caller's schema is untouched


def test_body_translation() -> None:
    kwargs = to_llama_kwargs({
        "model": "local", "max_completion_tokens": 50, "temperature": 0.2, "top_k": 5,
        "messages": [{"role": "developer", "content": "Be brief."},
                     {"role": "user", "content": [{"type": "text", "text": "Hi"}]}],
        "response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": {"type": "object"}}}})
    assert kwargs["messages"] == [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]
    assert kwargs["max_tokens"] == 50 and kwargs["top_k"] == 5 and kwargs["repeat_penalty"] == 1.1
    assert kwargs["response_format"] == {"type": "json_object", "schema": {"type": "object"}}


def test_image_parts_are_refused() -> None:
    with pytest.raises(InvalidRequest, match="text only"):
        to_llama_kwargs({"messages": [{"role": "user", "content": [
            {"type": "image_url", "image_url": {"url": "data:,"}}]}]})


TOOL = {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object", "properties": {}}}}


def test_tools_go_to_the_handler_in_a_shape_its_template_renders() -> None:
    from medgate.engines.embedded import tool_messages

    body = {"tools": [TOOL], "messages": [
        {"role": "user", "content": "Find it."},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "lookup", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": '{"found": true}'}]}
    kwargs = to_llama_kwargs(body)
    assert kwargs["tool_choice"] == "auto"  # the handler reads a missing choice as "no tools"
    assert kwargs["messages"] == tool_messages(kwargs["messages"][1:]) or kwargs["messages"][0]["role"] == "system"
    roles = [m["role"] for m in kwargs["messages"]]
    assert roles == ["system", "user", "assistant", "user"]  # tools are listed in the system turn
    assert kwargs["messages"][-1]["content"] == 'functions.lookup returned:\n{"found": true}'
    assert "tool_calls" not in kwargs["messages"][1]
    none = to_llama_kwargs({**body, "tool_choice": "none"})
    assert "tools" not in none and "tool_choice" not in none  # "none": the plain chat template


class _FakeLlama:
    verbose = False

    def __init__(self) -> None:
        self.calls: list[dict[str, object]] = []

    def create_completion(self, **kw: object) -> dict[str, object]:
        self.calls.append(kw)
        return {"choices": [{"index": 0, "text": "functions.lookup", "finish_reason": "stop"}]}


def test_handler_guard_bounds_every_generation_and_the_call_loop() -> None:
    from medgate.engines.runner.tools import MAX_EMBEDDED_CALLS, _HandlerGuard

    llama = _FakeLlama()
    guard = _HandlerGuard(llama, 40)
    assert guard.verbose is False  # everything else is the real Llama's
    guard.create_completion(prompt="p<|im_start|>assistant\nmessage:\n", grammar="g", max_tokens=None)
    assert "grammar" not in llama.calls[-1] and llama.calls[-1]["max_tokens"] == 40  # words, not a grammar
    texts = []
    for _ in range(MAX_EMBEDDED_CALLS):
        guard.create_completion(prompt="p\nfunctions.lookup:\n", grammar="json", max_tokens=None, stop=["x"])
        assert llama.calls[-1]["max_tokens"] == 40
        sent = len(llama.calls)
        out = guard.create_completion(prompt="p\nfunctions.lookup:\n{}\n", grammar="more", max_tokens=None, stop=["x"])
        texts.append((out["choices"][0]["text"], len(llama.calls) - sent))
    # the model may call again, until the bound: then "no more calls" without asking it
    assert texts == [("functions.lookup", 1)] * (MAX_EMBEDDED_CALLS - 1) + [("", 0)]


def test_a_tool_answer_streams_as_chunks() -> None:
    from medgate.engines.runner.tools import as_chunks

    resp = {"id": "x", "created": 1, "model": "m", "usage": {"prompt_tokens": 1, "completion_tokens": 2,
                                                               "total_tokens": 3},
            "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "content": None,
                         "tool_calls": [{"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}]}}]}
    chunks = as_chunks(resp)
    assert [c["choices"][0]["delta"] for c in chunks[:2]] == [
        {"role": "assistant", "content": ""},
        {"tool_calls": [{"index": 0, "id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}]}]
    assert chunks[2]["choices"][0]["finish_reason"] == "tool_calls" and chunks[3]["usage"]["total_tokens"] == 3
