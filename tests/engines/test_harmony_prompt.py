"""Harmony prompts rendered for an engine with no chat template (`engine: completions`), checked
against openai/harmony's own docs/format.md example, character for character."""

from __future__ import annotations

import datetime

import pytest

from medgate.config import parse_config
from medgate.engines.families.harmony_prompt import render
from medgate.errors import ConfigError

# docs/format.md, "Function calling": the complete input example with two... three functions.
DOC_EXAMPLE = """<|start|>system<|message|>You are ChatGPT, a large language model trained by OpenAI.
Knowledge cutoff: 2024-06
Current date: 2025-06-28

Reasoning: high

# Valid channels: analysis, commentary, final. Channel must be included for every message.
Calls to these tools must go to the commentary channel: 'functions'.<|end|><|start|>developer<|message|># Instructions

Use a friendly tone.

# Tools

## functions

namespace functions {

// Gets the location of the user.
type get_location = () => any;

// Gets the current weather in the provided location.
type get_current_weather = (_: {
// The city and state, e.g. San Francisco, CA
location: string,
format?: "celsius" | "fahrenheit", // default: celsius
}) => any;

// Gets the current weather in the provided list of locations.
type get_multiple_weathers = (_: {
// List of city and state, e.g. ["San Francisco, CA", "New York, NY"]
locations: string[],
format?: "celsius" | "fahrenheit", // default: celsius
}) => any;

} // namespace functions<|end|><|start|>user<|message|>What is the weather like in SF?<|end|><|start|>assistant"""

FORMAT = {"type": "string", "enum": ["celsius", "fahrenheit"], "default": "celsius"}
TOOLS = [
    {"type": "function", "function": {"name": "get_location", "description": "Gets the location of the user."}},
    {"type": "function", "function": {
        "name": "get_current_weather", "description": "Gets the current weather in the provided location.",
        "parameters": {"type": "object", "required": ["location"], "properties": {
            "location": {"type": "string", "description": "The city and state, e.g. San Francisco, CA"},
            "format": FORMAT}}}},
    {"type": "function", "function": {
        "name": "get_multiple_weathers", "description": "Gets the current weather in the provided list of locations.",
        "parameters": {"type": "object", "required": ["locations"], "properties": {
            "locations": {"type": "array", "items": {"type": "string"},
                          "description": 'List of city and state, e.g. ["San Francisco, CA", "New York, NY"]'},
            "format": FORMAT}}}},
]
DAY = datetime.date(2025, 6, 28)


def test_the_documented_example_exactly() -> None:
    body = {"reasoning_effort": "high", "tools": TOOLS, "messages": [
        {"role": "system", "content": "Use a friendly tone."},
        {"role": "user", "content": "What is the weather like in SF?"}]}
    assert render(body, DAY) == DOC_EXAMPLE


def test_a_tool_round_trip_keeps_the_chain_of_thought_of_this_turn_only() -> None:
    body = {"tools": TOOLS[:1], "messages": [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello!", "reasoning_content": "old thoughts"},
        {"role": "user", "content": "Where am I?"},
        {"role": "assistant", "content": None, "reasoning_content": "Need location.", "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "get_location", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": '{"city": "Boston"}'}]}
    prompt = render(body, DAY)
    assert "old thoughts" not in prompt  # dropped after a final answer (docs/format.md)
    assert prompt.endswith(
        "<|start|>user<|message|>Where am I?<|end|>"
        "<|start|>assistant<|channel|>analysis<|message|>Need location.<|end|>"
        "<|start|>assistant<|channel|>commentary to=functions.get_location <|constrain|>json<|message|>{}<|call|>"
        '<|start|>functions.get_location to=assistant<|channel|>commentary<|message|>{"city": "Boston"}<|end|>'
        "<|start|>assistant")
    assert "<|start|>assistant<|channel|>final<|message|>Hello!<|end|>" in prompt
    assert "Reasoning: medium" in prompt  # the default effort


def test_no_tools_no_developer_message_and_none_hides_tools() -> None:
    plain = render({"messages": [{"role": "user", "content": "Hi"}]}, DAY)
    assert "developer" not in plain and "commentary channel" not in plain
    hidden = render({"tools": TOOLS, "tool_choice": "none", "messages": [{"role": "user", "content": "Hi"}]}, DAY)
    assert hidden == plain


def test_completions_engine_needs_a_family_that_renders_prompts() -> None:
    dep = {"base_url": "http://127.0.0.1:9/v1", "model": "m", "engine": "completions"}
    parse_config({"models": [{"alias": "a", "family": "gpt-oss", "deployments": [dep]}]}, env={})
    with pytest.raises(ConfigError, match="renders its own prompt"):
        parse_config({"models": [{"alias": "a", "family": "generic", "deployments": [dep]}]}, env={})
