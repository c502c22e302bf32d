"""Engine dialects: the one table that names engines (`engine:` in the config).

A new engine is one file here with a `Dialect` subclass, and one line in `_DIALECTS`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from medgate.engines.dialects.base import Dialect
from medgate.engines.dialects.completions import Completions
from medgate.engines.dialects.embedded import Embedded
from medgate.engines.dialects.ollama import Ollama
from medgate.engines.dialects.openai_compat import OpenAICompat
from medgate.engines.dialects.siliconflow import SiliconFlow
from medgate.errors import ConfigError

_DIALECTS: Final[tuple[Dialect, ...]] = (OpenAICompat(), SiliconFlow(), Ollama(), Embedded(), Completions())
DIALECTS: Final[Mapping[str, Dialect]] = MappingProxyType(
    {name: d for d in _DIALECTS for name in d.names})
HTTP_ENGINES: Final[tuple[str, ...]] = tuple(n for n, d in DIALECTS.items() if d.http)


def dialect_for(engine: str) -> Dialect:
    if (dialect := DIALECTS.get(engine)) is None:
        raise ConfigError(f"unknown engine {engine!r}; known: {sorted(DIALECTS)}")
    return dialect


__all__ = ["DIALECTS", "HTTP_ENGINES", "Dialect", "dialect_for"]
