"""A hospital told by its initials and its town, as Indian notes head and refer them: "NURSES
NOTES - DMC LUDHIANA, CCU", "referred to CMC Vellore", "AIIMS Delhi". Two to five capitals right
before a town the gazetteer knows, where a place stands (a line's start, a dash, "at", "to",
"from", "in"), are the hospital's; a unit, a department or a clinical abbreviation there ("ICU
Delhi", "OPD Ludhiana", "BP Mumbai") stays. The town itself is the city rules' to find."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"(?:^|[ \t]-[ \t]+|\b(?i:at|to|from|in|of)[ \t]+)(?P<v>[A-Z]{2,5})[ \t]+(?P<t>[A-Z][a-z]{3,}|[A-Z]{4,})\b",
    re.M,
)
_SERVICES: Final = frozenset({"opd", "ipd", "ot", "er", "ed", "ward", "casualty", "emergency", "nicu", "picu"})
_COMMON_ZIPF: Final = 3.5


def initials_town_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in _RX.finditer(text):
        low = m.group("v").lower()
        if low in cues.UNITS or low in cues.DEPARTMENTS or low in cues.SHORTHAND or low in cues.CODE_LABELS:
            continue
        e = lex(low)
        if low in _SERVICES or e.clinical or e.zipf >= _COMMON_ZIPF:
            continue
        town = lex(m.group("t").lower())
        if town.place and not town.english and not town.clinical:
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
