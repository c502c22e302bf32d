"""A rural lot told as where someone lives: "we live Lot 9 Bellevue Heights", "she lives at lot 31
Paradise Gardens", "staying Lot 6 Kintyre": the Caribbean, Guyanese or Fijian plot and the
settlement after it. `company_names` reads "lot 22 greendale" where the word after is a known place
or name; told after a residence verb, the settlement's words need no list. A drug's lot ("Lot 14
Pfizer batch") or "a lot 20 times" with no residence verb before stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_LOT: Final = re.compile(
    r"(?<![\w])(?i:lot)[ ]\d{1,4}[A-Za-z]?,?[ ](?P<w>[A-Z][a-z][\w'’\-]*(?:[ ][A-Z][a-z][\w'’\-]*){0,2})"
)
# the words between the residence verb and the lot ("live", "lives at", "living now in")
_TOLD: Final = re.compile(r"(?P<v>[^\W\d_]+)(?:[ ](?:at|in|on|now|still|sa))*[ ]\Z")


def told_lot_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "ot " not in text:  # (every lot holds its word before the number)
        return []
    out: list[Entity] = []
    for m in _LOT.finditer(text):
        told = _TOLD.search(text, max(0, m.start() - 30), m.start())
        if told is None or told.group("v").lower() not in cues.RESIDE_VERBS:
            continue
        if any(lex(w.lower()).clinical for w in m.group("w").split()):
            continue
        out.append(Entity.of(PhiType.ADDRESS, m))
    return out
