"""A school told by its name and its level, lower case, where school was just said: "brought school
work from jefferson middle", "school nurse at roosevelt high called". The level word alone is
common ("middle", "high"), so the name before it must be a place or no word an English or clinical list
knows ("from junior high", "at the middle" stay). Where school was not said, a town's own school
after "at", "from" or "to" ("ring the coach at otahuhu college", "her teacher at papakura high"):
the name must be a place the gazetteer knows and no English word ("at very high", "from kings
college" stay)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_SCHOOL: Final = re.compile(
    r"(?i:\bschool)\b[^.\n;]{0,40}?\b(?i:from|at|to|attends|attending)[ \t]+"
    r"(?P<v>(?P<n>[A-Za-z][a-z'’-]+(?:[ \t]+[A-Za-z][a-z'’-]+)?)[ \t]+"
    r"(?i:middle|high|elementary|intermediate|junior[ \t]+high))\b"
)

# a town's school, named by its level, where no "school" was said
_TOWN_SCHOOL: Final = re.compile(
    r"\b(?i:at|from|to)[ \t]+(?P<v>(?P<n>[A-Za-z][a-z'’-]+)[ \t]+(?i:high|college|primary|intermediate))\b"
)
_LEVELS: Final = (" high", " college", " primary", " intermediate")


def _named(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    if low in cues.DETERMINERS or low in cues.KIN or low in cues.DAY_WORDS:
        return False
    e = lex(low)
    return e.place or not (e.english or e.clinical)  # ("junior" is a first name too, and a word)


def school_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    low = lowered(text)
    out: list[Entity] = []
    if "school" not in low:
        if any(k in low for k in _LEVELS):
            for m in _TOWN_SCHOOL.finditer(text):
                e = lex(m.group("n").lower())
                if e.place and not e.english and not e.clinical:
                    out.append(Entity.of(PhiType.LOCATION, m, "v"))
        return out
    for m in _SCHOOL.finditer(text):
        words = m.group("n").split()
        if not _named(words[-1], lex):
            continue
        start = m.start("n") if len(words) == 1 or _named(words[0], lex) else m.start("v") + m.group("v").index(words[-1])
        out.append(Entity(PhiType.LOCATION, start, m.end("v"), text[start : m.end("v")]))
    return out
