"""SiliconFlow: a top-level `enable_thinking` (and `thinking_budget`); reasoning in `reasoning_content`."""

from __future__ import annotations

from typing import ClassVar

from medgate.engines.dialects.base import Body, Dialect


class SiliconFlow(Dialect):
    names: ClassVar[tuple[str, ...]] = ("siliconflow",)

    def thinking_switch(self, body: Body, on: bool) -> None:
        body["enable_thinking"] = on
