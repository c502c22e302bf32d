"""Ollama's OpenAI endpoint: `think` switches thinking; reasoning comes as `reasoning` (native API:
`thinking`); `tools` are taken, `tool_choice` is not (ollama docs/openai.md lists it unsupported)."""

from __future__ import annotations

from typing import ClassVar

from medgate.engines.dialects.base import Body, Dialect


class Ollama(Dialect):
    names: ClassVar[tuple[str, ...]] = ("ollama",)
    reasoning_fields: ClassVar[tuple[str, ...]] = ("reasoning", "thinking", "reasoning_content")
    # The model decides on its own ("auto"); "none" is honoured by not offering the tools at all.
    tool_choices: ClassVar[frozenset[str]] = frozenset({"none", "auto"})

    def thinking_switch(self, body: Body, on: bool) -> None:
        body["think"] = on

    def shape_tools(self, body: Body) -> None:
        if body.pop("tool_choice", None) == "none":
            body.pop("tools", None)
