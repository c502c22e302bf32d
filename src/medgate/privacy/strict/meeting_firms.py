"""A firm told as where a meeting is: "got board meeting at Meranti Capital", "client meeting with
Halden & Rowe", "an investor meeting at Kestrel Partners tomorrow". A meeting "at the office", "at
Work" or "with the Team" names none."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_CAP: Final = r"[A-Z][A-Za-z'’&-]+"
_RX: Final = re.compile(
    rf"(?i:\b(?:board|client|investor|sales|partners|budget|shareholder|management)[ \t]+meeting[ \t]+(?:at|with))"
    rf"[ \t]+(?P<v>{_CAP}(?:[ \t](?:&[ \t])?{_CAP}){{0,3}})"
)
_NOT_FIRMS: Final = frozenset({"the", "work", "home", "office", "team", "lunch", "noon", "night", "my", "our", "his", "her"})


def meeting_firm_spans(text: str) -> list[Entity]:
    if "eeting" not in text and "EETING" not in text:
        return []
    return [
        Entity.of(PhiType.LOCATION, m, "v")
        for m in _RX.finditer(text)
        if m.group("v").split()[0].lower() not in _NOT_FIRMS
    ]
