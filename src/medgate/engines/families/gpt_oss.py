"""GPT-OSS: reasoning_effort passes through; raw harmony text is split into analysis, answer and
tool calls (harmony.py); for an engine with no chat template the prompt is rendered in harmony
(harmony_prompt.py)."""

from __future__ import annotations

from typing import ClassVar

from medgate.engines.families import harmony_prompt
from medgate.engines.families.base import Body, Family
from medgate.engines.families.harmony import HarmonySplitter
from medgate.engines.families.splitters import Splitter
from medgate.engines.families.toolcalls import ToolSpec


class GptOss(Family):
    name: ClassVar[str] = "gpt-oss"
    renders_prompt: ClassVar[bool] = True
    prompt_stop: ClassVar[tuple[str, ...]] = harmony_prompt.STOP

    def splitter(self, tools: ToolSpec | None = None) -> Splitter:
        return HarmonySplitter(tools)

    def render_prompt(self, body: Body) -> str:
        return harmony_prompt.render(body)
