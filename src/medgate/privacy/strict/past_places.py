"""A place a road or a trip goes past: "the road out past Many Farms is washed out", "we live just
past Round Rock", "drove past Tuba City". "past" after a word of going or of nearness is a place's
preposition; the capitalised words after it name the place. Kept: "past" as time ("the past Week",
"past Medical History" has no going word before it), a weekday, month or clinical word after it
("out past Monday", "just past Midnight")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"\b(?i:out|just|right|way|drive|drove|driving|go|goes|going|went|walk|walked|walking|road|turn|live|lives|"
    r"living|miles|mile|km|exit)[ ]past[ ]"
    r"(?P<v>[A-Z][a-z][\w'’\-]*(?:[ ][A-Z][a-z][\w'’\-]*){0,2})"
)


def past_place_spans(text: str, lex: Lexicon) -> list[Entity]:
    if " past " not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        words = [w.lower() for w in m.group("v").split()]
        first = words[0]
        if first in cues.DAY_WORDS or first in cues.MONTHS or first in cues.DETERMINERS:
            continue
        if all(lex(w).clinical for w in words) or first in ("midnight", "noon", "midday"):
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
