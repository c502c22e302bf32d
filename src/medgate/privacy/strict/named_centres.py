"""Hospitals named by a place and a word that stands for the whole hospital, with no "Hospital"
after them: "Ottawa Civic", "Kingston Civic" (a civic hospital), "Prince Charles Heart",
"Manila Heart Center" (a heart hospital). The first word must be a place's or a
name's, no English or clinical word; a town the dictionary also has ("Manila") only before
"Heart" ("Honda Civic" is a car). What follows must not make "Heart" the organ ("Left Heart cath",
"Broken Heart syndrome", "Ottawa Heart Failure service" stay as they are), and a name that goes on
("Millbrook Heart Clinic") is left to the facility filters."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

_RX: Final = re.compile(
    r"(?<![\w'’-])(?P<v>(?:[A-Z][a-z]+[ ]){0,2}(?P<w>[A-Z][a-z]{2,})[ ](?:Heart|Civic)"
    r"(?:[ ](?:Centre|Center|Institute|Hospital|Campus))?)(?![\w'’-])(?![ ][A-Z])"
    r"(?![ ](?i:failure|attack|rate|rhythm|disease|sounds?|murmurs?|block|surgery|transplant|syndrome|valve|cath|muscle|team)\b)"
)

# an English word this common is more often the word than a town that is also one ("King", "Young")
_COMMON_ZIPF: Final = 4.5


def named_centre_spans(text: str, lex: Lexicon) -> list[Entity]:
    if " Heart" not in text and " Civic" not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        w = m.group("w")
        e = lex(w.lower())
        if w in CLINICAL_WORDS or e.clinical or not (e.place or e.name):
            continue  # ("Left Heart", "Congestive Heart": the organ)
        if e.english and not (e.place and e.zipf < _COMMON_ZIPF and m.group("v").endswith(("Heart", "Centre", "Center"))):
            continue  # ("Broken Heart", "Honda Civic"), but "Manila Heart Center": a city the dictionary has too
        s = m.start("v")
        first = m.group("v").split(" ", 1)[0]
        if first != w and (first in CLINICAL_WORDS or lex(first.lower()).english):
            s = m.start("w")  # ("refer Ottawa Heart", "at the Royal Kingston Civic"): only the name's own words
        out.append(Entity(PhiType.LOCATION, s, m.end("v"), text[s : m.end("v")]))
    return out
