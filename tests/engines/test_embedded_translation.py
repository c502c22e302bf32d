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
