"""Shared case runner for recogniser tables: (text, expected [(type, value)] of that type)."""

from __future__ import annotations

from medgate.privacy import PhiType, detect


def found(text: str, kind: PhiType) -> list[str]:
    return [e.text for e in detect(text) if e.type is kind]


def masked(text: str) -> set[str]:
    """Every detected value, any type (for 'must survive' checks)."""
    return {e.text for e in detect(text)}
