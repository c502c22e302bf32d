"""Engine dialects: one table names them; each says its thinking switch, reasoning fields and
backend; the config and the normaliser ask the table instead of comparing engine names."""

from __future__ import annotations

from typing import Any

import pytest

from medgate.config import parse_config
from medgate.engines.dialects import DIALECTS, HTTP_ENGINES, dialect_for
from medgate.engines.families import family_for
from medgate.errors import ConfigError
from medgate.gateway.normalise import normalise_response


@pytest.mark.parametrize(("engine", "switch", "fields"), [
    ("openai", {"chat_template_kwargs": {"enable_thinking": True}}, ("reasoning_content", "reasoning")),
    ("vllm", {"chat_template_kwargs": {"enable_thinking": True}}, ("reasoning_content", "reasoning")),
    ("sglang", {"chat_template_kwargs": {"enable_thinking": True}}, ("reasoning_content", "reasoning")),
    ("llama.cpp", {"chat_template_kwargs": {"enable_thinking": True}}, ("reasoning_content", "reasoning")),
    ("siliconflow", {"enable_thinking": True}, ("reasoning_content", "reasoning")),
    ("ollama", {"think": True}, ("reasoning", "thinking", "reasoning_content")),
    ("embedded", {}, ()),
    ("completions", {}, ()),
])
def test_each_engine(engine: str, switch: dict[str, Any], fields: tuple[str, ...]) -> None:
    body: dict[str, Any] = {"messages": []}
    dialect_for(engine).thinking_switch(body, True)
    assert {k: v for k, v in body.items() if k != "messages"} == switch
    assert dialect_for(engine).reasoning_fields == fields


def test_table_and_config_agree() -> None:
    assert set(DIALECTS) == {"openai", "vllm", "sglang", "llama.cpp", "siliconflow", "ollama", "embedded",
                             "completions"}
    assert "embedded" not in HTTP_ENGINES
    with pytest.raises(ConfigError, match="known"):
        dialect_for("tgi")
    bad = {"models": [{"alias": "a", "deployments": [{"base_url": "http://x/v1", "model": "m", "engine": "embedded"}]}]}
    with pytest.raises(ConfigError, match="engine must be one of"):
        parse_config(bad, env={})


def test_reasoning_field_is_the_dialects() -> None:
    resp = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "A", "thinking": "R"}}]}
    normalise_response(resp, family_for("generic"), dialect_for("ollama"))
    assert resp["choices"][0]["message"] == {"role": "assistant", "content": "A", "reasoning_content": "R"}
    inline = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "<think>R</think>A"}}]}
    normalise_response(inline, family_for("generic"), dialect_for("embedded"))
    assert inline["choices"][0]["message"]["reasoning_content"] == "R"
