"""Shared case runner for recogniser tables: (text, expected [(type, value)] of that type)."""

from __future__ import annotations

from medgate.privacy import PhiType, detect
from medgate.privacy.detect import Policy


def found(text: str, kind: PhiType) -> list[str]:
    return [e.text for e in detect(text) if e.type is kind]


def masked(text: str, policy: Policy = "standard") -> set[str]:
    """Every detected value, any type (for 'must survive' checks)."""
    return {e.text for e in detect(text, policy)}


def covered(value: str, spans: set[str]) -> bool:
    """`value` lies inside one of the masked spans (masked whole, maybe with its neighbours)."""
    return any(value in m for m in spans)


def touched(text: str, sub: str, policy: Policy = "strict") -> bool:
    """Some detected span overlaps the first occurrence of `sub` (a near miss that must stay is not)."""
    start = text.index(sub)
    return any(e.start < start + len(sub) and start < e.end for e in detect(text, policy))


def leak_free(text: str, value: str, policy: Policy = "strict") -> bool:
    """Every letter and digit of `value` (its first occurrence) lies in a detected span: leak-free."""
    start = text.index(value)
    spans = detect(text, policy)
    return all(any(e.start <= start + k < e.end for e in spans) for k, c in enumerate(value) if c.isalnum())
