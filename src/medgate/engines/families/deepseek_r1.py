"""DeepSeek-R1 and its distills: <think> reasoning (opening tag optional), model-card sampling, no
system prompt, tool calls in its own tokens (deepseek_tools.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from medgate.engines.dialects.base import Dialect
from medgate.engines.families.base import Body, Family, fold_system_into_first_user
from medgate.engines.families.deepseek_tools import CALL_BEGIN, CALLS_BEGIN, DeepSeekToolScanner
from medgate.engines.families.splitters import Splitter, ThinkTagSplitter
from medgate.engines.families.toolcalls import ToolScanner, ToolSpec


class DeepSeekR1(Family):
    name: ClassVar[str] = "deepseek-r1"
    sampling_defaults: ClassVar[Mapping[str, float]] = {"temperature": 0.6, "top_p": 0.95}

    def prepare(self, body: Body, *, thinking: bool | None, dialect: Dialect) -> tuple[Body, dict[str, Any]]:
        folded = fold_system_into_first_user(body)
        out, applied = super().prepare(folded, thinking=thinking, dialect=dialect)
        if folded is not body:
            applied["system_prompt"] = "folded into the first user message"
        return out, applied

    def splitter(self, tools: ToolSpec | None = None) -> Splitter:
        markers = (CALLS_BEGIN, CALL_BEGIN) if tools is not None else ()
        return ThinkTagSplitter(open_optional=True, answer_markers=markers)

    def tool_scanner(self, tools: ToolSpec) -> ToolScanner | None:
        return DeepSeekToolScanner(tools)
