"""An apartment complex by its name, with or without its unit: "lives w/ pt at Rosewood Apts #4C",
"MAPLE RIDGE APARTMENTS, UNIT 12", "Birchwood Apt. 3". The complex word says the capitalised words
before it are a name, from the first that is no common word ("BACK TO HER APT" stays); a lone "apt" after a street ("12 Elm St apt 4") is the street's business."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_COMPLEX: Final = re.compile(
    r"(?<![\w'’-])(?P<v>(?:[A-Z][a-z'’]+|[A-Z]{2,})(?:[ \t]+(?:[A-Z][a-z'’]+|[A-Z]{2,})){0,2}[ \t]+"
    r"(?:Apts?\.?|APTS?\.?|Apartments|APARTMENTS)"
    r"(?:,?[ \t]*(?:#|(?i:apt|unit|no\.?)[ \t]*#?)[ \t]*[0-9][0-9A-Za-z-]{0,4}|[ \t]*#[A-Za-z]?[0-9][0-9A-Za-z-]{0,3})?)"
    r"(?![\w-])"
)
# a leading word that is the sentence's, not the complex's: "At", "The", "In"
_LEAD: Final = cues.PLACE_PREPS | cues.DETERMINERS | cues.RESIDE_VERBS | frozenset({"lives", "live", "pt"})
_COMMON_ZIPF: Final = 4.5  # a word this common is the sentence's ("BACK TO HER APT", "2ND FLOOR APT")


def _lead(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    e = lex(low)
    return low in _LEAD or e.clinical or (e.english and e.zipf >= _COMMON_ZIPF)


def apartment_unit_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "apt" not in lowered(text) and "apartment" not in lowered(text):
        return []
    out: list[Entity] = []
    for m in _COMPLEX.finditer(text):
        start = m.start("v")
        words = m.group("v").split()
        for w in words:
            if not _lead(w, lex):
                break
            start = text.index(w, start) + len(w)
            while text[start] in " \t":
                start += 1
        if text[start : start + 3].lower() == "apt":
            continue  # nothing left of a name
        out.append(Entity(PhiType.ADDRESS, start, m.end("v"), text[start : m.end("v")]))
    return out
