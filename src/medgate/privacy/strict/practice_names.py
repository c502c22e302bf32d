"""A practice named for its place, after "@" or "at": "PCP @ Los Ranchos Family Med", "at Mill Creek
Internal Medicine", "Kingsway Family Practice". The place's words are masked; "at Family Medicine"
(the specialty alone) names none."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"(?:@|\b(?i:at|from|with|to))[ \t]+(?P<v>[A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+){0,2})[ \t]+"
    r"(?:Family|Internal|Sports|General|Primary)[ \t]+(?:Med|Medicine|Practice|Health|Care|Clinic)\b"
)

_KINDS: Final = ("Family ", "Internal ", "Sports ", "General ", "Primary ")


def practice_name_spans(text: str) -> list[Entity]:
    if not any(k in text for k in _KINDS):
        return []
    return [Entity.of(PhiType.LOCATION, m, "v") for m in _RX.finditer(text)]
