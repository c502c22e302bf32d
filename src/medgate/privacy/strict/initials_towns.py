"""A hospital told by its initials and its town, as Indian notes head and refer them: "NURSES
NOTES - DMC LUDHIANA, CCU", "referred to CMC Vellore", "AIIMS Delhi". Two to five capitals right
before a town the gazetteer knows, where a place stands (a line's start, a dash, "at", "to",
"from", "in", the Nordic "til"/"till": "40 min til OUS Oslo"), are the hospital's; a unit, a department or a clinical abbreviation there ("ICU
Delhi", "OPD Ludhiana", "BP Mumbai") stays. The town itself is the city rules' to find."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"(?:^|[ \t]-[ \t]+|\b(?i:at|to|from|in|of|til|till)[ \t]+)(?P<v>[A-Z]{2,5})[ \t]+(?P<t>[A-Z][^\W\d_A-Z]{3,}|[A-Z]{4,})\b",
    re.M,
)
# (the regex's, as lower-casing spells them; "til" holds the Swedish "till")
_PREPOSITIONS: Final = ("at", "to", "from", "in", "of", "til")
_SERVICES: Final = frozenset({"opd", "ipd", "ot", "er", "ed", "ward", "casualty", "emergency", "nicu", "picu"})
_COMMON_ZIPF: Final = 3.5


def initials_town_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in _found(text):
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


def _found(text: str) -> Iterator[re.Match[str]]:
    """`_RX.finditer(text)`, tried only where a match can start: a line's start, a space or tab
    before a dash, a preposition's first letter at a word's start (found with `str.find`, not by
    the regex at every position). A start inside an earlier match is passed over as `finditer`
    passes it; where IGNORECASE would match a letter lower-casing does not give back, `finditer`."""
    low = lowered(text)
    if len(low) != len(text) or (not text.isascii() and ("\u0130" in text or "\u0131" in text)):
        yield from _RX.finditer(text)
        return
    starts = {0}
    for lead, shift in (("\n", 1), (" -", 0), ("\t-", 0)):
        i = text.find(lead)
        while i >= 0:
            starts.add(i + shift)
            i = text.find(lead, i + 1)
    for word in _PREPOSITIONS:
        i = low.find(word)
        while i >= 0:
            if not (i and text[i - 1].isalnum()):
                starts.add(i)
            i = low.find(word, i + 1)
    end = 0
    for i in sorted(starts):
        if i >= end and (m := _RX.match(text, i)) is not None:
            yield m
            end = m.end()
