"""Any other model: OpenAI-compatible as is; a leading <think> block is still split out."""

from __future__ import annotations

from typing import ClassVar

from medgate.engines.families.base import Family


class Generic(Family):
    name: ClassVar[str] = "generic"
