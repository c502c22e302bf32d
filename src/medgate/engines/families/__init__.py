"""Model families: the one table that names them."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from medgate.engines.families.base import Family
from medgate.engines.families.deepseek_r1 import DeepSeekR1
from medgate.engines.families.generic import Generic
from medgate.engines.families.glm45v import Glm45V
from medgate.engines.families.gpt_oss import GptOss
from medgate.errors import ConfigError

FAMILIES: Final[Mapping[str, type[Family]]] = MappingProxyType(
    {f.name: f for f in (DeepSeekR1, GptOss, Glm45V, Generic)}
)


def family_for(name: str) -> Family:
    cls = FAMILIES.get(name)
    if cls is None:
        raise ConfigError(f"unknown model family {name!r}; known: {sorted(FAMILIES)}")
    return cls()


__all__ = ["FAMILIES", "Family", "family_for"]
