"""A suburb or town after "NEAR" in a note written in capitals, as trauma and transfer notes tell
where it happened: "POST MVA NEAR MITCHELLS PLAIN", "FOUND NEAR KHAYELITSHA STATION". In capitals
the word's shape says nothing, so the lexicon decides: the first word is a place, a name or no
English or clinical word at all, and a second goes with it when it is one too or a place's common
last word ("PLAIN", "PARK", "BAY"). "NEAR SYNCOPE", "NEAR MISS", "NEAR NORMAL" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(r"\bNEAR[ \t]+(?:THE[ \t]+)?(?P<a>[A-Z][A-Z'’\-]{2,})(?:[ \t]+(?P<b>[A-Z][A-Z'’\-]{2,}))?")
# the last words of places' names
_PLACE_ENDS: Final = frozenset(
    (
        "plain", "plains", "park", "bay", "hill", "hills", "heights", "beach", "valley", "town", "village",
        "river", "creek", "point", "gardens", "estate", "township", "city", "west", "east", "north", "south",
        "flats", "vale", "downs", "ridge", "mall", "station", "junction", "market", "bridge",
    )
)  # fmt: skip


def _place(lex: Lexicon, low: str) -> bool:
    e = lex(low)
    if e.clinical or low in cues.UNITS or low in cues.DEPARTMENTS or low in cues.SHORTHAND:
        return False
    return bool(e.place) or not e.english


def caps_near_place_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "NEAR " not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        if not _place(lex, m.group("a").lower()):
            continue
        b = m.group("b")
        end = m.end("b") if b is not None and (b.lower() in _PLACE_ENDS or _place(lex, b.lower())) else m.end("a")
        out.append(Entity(PhiType.LOCATION, m.start("a"), end, text[m.start("a") : end]))
    return out
