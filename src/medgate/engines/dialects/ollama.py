"""Ollama's OpenAI endpoint: `think` switches thinking; reasoning comes as `reasoning` (native API: `thinking`)."""

from __future__ import annotations

from typing import ClassVar

from medgate.engines.dialects.base import Body, Dialect


class Ollama(Dialect):
    names: ClassVar[tuple[str, ...]] = ("ollama",)
    reasoning_fields: ClassVar[tuple[str, ...]] = ("reasoning", "thinking", "reasoning_content")

    def thinking_switch(self, body: Body, on: bool) -> None:
        body["think"] = on
