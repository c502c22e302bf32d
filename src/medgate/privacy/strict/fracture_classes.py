"""A fracture or injury graded by the classification named after its author: "Gustilo IIIA",
"Schatzker VI", "Garden III", "Weber B", "Salter-Harris II", "Mason type 2". The author's name is
a surname too, so it stays only with its grade right after it (a Roman numeral with its subtype
letter, a type letter, or "type"/"grade" and a number); "Mr Garden", "Dr Weber III" stay people."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from medgate.privacy.strict.words import SAFE, Tok
from medgate.privacy.text import lowered
from medgate.privacy.word_start import may_hold

_AUTHORS: Final = (
    "gustilo", "schatzker", "garden", "weber", "neer", "frykman", "pauwels", "tscherne", "salter",
    "lauge", "vancouver", "mason", "hawkins", "rockwood", "sanders", "lisfranc", "tossy",
)  # fmt: skip
_GRADED: Final = re.compile(
    r"(?i:\b(?:" + "|".join(_AUTHORS) + r")(?:[ \-](?:anderson|harris|hansen))?)"
    r"(?=[ \t]+(?:(?:I{1,3}|IV|VI?)[A-C]?|[A-D]\d?|[1-3][A-C]|(?i:type|grade)[ \t]+(?:\d|[A-D]|I{1,3}|IV|VI?)[A-C]?)\b)"
)
_TITLE_BEFORE: Final = re.compile(r"(?i:\b(?:mr|mrs|ms|mx|miss|dr|prof)\.?[ \t]+)\Z")


def _start(t: Tok) -> int:
    return t.start


def mark_fracture_classes(toks: list[Tok], text: str) -> None:
    """The author's words (and a partner's, "Salter-Harris") are marked as eponyms are."""
    if not may_hold(text, lowered(text), _AUTHORS):
        return
    for m in _GRADED.finditer(text):
        if _TITLE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        k = bisect_left(toks, m.start(), key=_start)
        while k < len(toks) and toks[k].start < m.end():
            t = toks[k]
            t.verdict, t.eponym, t.hit = SAFE, True, False
            k += 1
