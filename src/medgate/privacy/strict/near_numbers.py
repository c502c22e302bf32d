"""A district whose name holds a number, told by the landmark it lies near: "Kayole 12 near Tumaini
Mall", "Umoja 3 near the stage". A capitalised word, no word of English or medicine, a number of up to
three digits, then "near" (the number is the estate's or phase's, as `place_numbers` reads after a place
already found). Kept: "Bed 12 near the window", "Ward 4 near theatres", "Cannula 20 near the wrist"
(words of English or medicine), and a road's number one travels on ("on Ruta 5 near Osorno")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

# (found from " near ", a literal the scan skips to; the word and number are read back before it)
_NEAR: Final = re.compile(r"[ ]near[ ]")
_WORD_NUMBER: Final = re.compile(r"(?<![\w'’\-])(?P<w>[A-Z][a-z'’\-]{2,})[ ]\d{1,3}\Z")
# one travels on or along a road's number ("on Ruta 9 near Puerto Natales"), one lives in or at an estate's
_ROAD_BEFORE: Final = re.compile(r"(?i:\b(?:on|along|off|via)[ ])\Z")


def near_number_spans(text: str, lex: Lexicon) -> list[Entity]:
    if " near " not in text:
        return []
    out: list[Entity] = []
    for m in _NEAR.finditer(text):
        w = _WORD_NUMBER.search(text, max(0, m.start() - 30), m.start())
        if w is None or _ROAD_BEFORE.search(text, max(0, w.start() - 8), w.start()):
            continue
        low = w.group("w").lower()
        e = lex(low)
        if e.english or e.clinical or low in cues.DEPARTMENTS or low in cues.UNITS:
            continue
        out.append(Entity(PhiType.LOCATION, w.start(), w.end(), w.group()))
    return out
