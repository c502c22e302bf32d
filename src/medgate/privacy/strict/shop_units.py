"""A shop or suite in a named centre, as a practice's letterhead gives it: "Shop 7, Jacaranda
Square, 112 Voortrekker Rd", "Shop 12B, Riverside Mall", "Suite 3, Oakdale Plaza". The shop and the
centre's name are one address; "Shop 4, ward round" names no centre, a "Unit" may be a ward's, and
a medical centre's own name ("Suite 4, Westgate Medical Centre") is left to the facility passes,
which mask the name but not the suite."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"\b(?:Shop|Suite|Stall|Kiosk)[ \t]+\d{1,4}[A-Z]?,[ \t]+[A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+){0,2}[ \t]"
    r"(?:Square|Centre|Center|Mall|Plaza|Arcade|Court|Park|House|Building|Village|Junction|Corner|Crossing|Galleria)\b"
)

_CARE_WORDS: Final = cues.FACILITY_HEADS | cues.FACILITY_KINDS | cues.DEPARTMENTS


def shop_unit_spans(text: str) -> list[Entity]:
    if "Shop" not in text and "Suite" not in text and "Stall" not in text and "Kiosk" not in text:
        return []
    return [
        Entity(PhiType.ADDRESS, m.start(), m.end(), m.group())
        for m in _RX.finditer(text)
        if not any(w.lower() in _CARE_WORDS for w in m.group().split()[2:-1])
    ]
