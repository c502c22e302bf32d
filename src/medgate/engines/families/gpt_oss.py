"""GPT-OSS: reasoning_effort passes through; raw harmony text is split into analysis, answer and
tool calls (harmony.py)."""

from __future__ import annotations

from typing import ClassVar

from medgate.engines.families.base import Family
from medgate.engines.families.harmony import HarmonySplitter
from medgate.engines.families.splitters import Splitter
from medgate.engines.families.toolcalls import ToolSpec


class GptOss(Family):
    name: ClassVar[str] = "gpt-oss"

    def splitter(self, tools: ToolSpec | None = None) -> Splitter:
        return HarmonySplitter(tools)
