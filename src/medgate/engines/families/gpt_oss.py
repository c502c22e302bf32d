"""GPT-OSS: reasoning_effort passes through; raw harmony text is split into analysis and final."""

from __future__ import annotations

from typing import ClassVar

from medgate.engines.families.base import Family
from medgate.engines.families.splitters import HarmonySplitter, Splitter


class GptOss(Family):
    name: ClassVar[str] = "gpt-oss"

    def splitter(self) -> Splitter:
        return HarmonySplitter()
