"""An Australian Medicare number with its individual reference number (IRN), the card's line for
each person on it: "Medicare no: 2951 44710 3 / 1", "medicare 4127 90314 2 IRN 3". The 4-5-1
grouping starting 2-6 is the card's own, so the number and its IRN go together; a ratio or a
score after other digits ("3 / 10") is not this shape."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

# (led by its first digit, a class the regex engine skips to; the lookbehind after it reads that
# no digit, slash, dot or hyphen stands before the number)
_IRN: Final = re.compile(
    r"(?P<v>[2-6](?<![\d/.-][2-6])\d{3}[ \t]?\d{5}[ \t]?\d(?:[ \t]*/[ \t]*|[ \t]+(?i:irn)[ \t]*:?[ \t]*)[1-9])(?![\d/.])"
)


def medicare_irn_spans(text: str) -> list[Entity]:
    if "/" not in text and "irn" not in text.lower():
        return []
    return [Entity(PhiType.HEALTH_PLAN, m.start("v"), m.end("v"), m.group("v")) for m in _IRN.finditer(text)]
