"""A person after a title, told by a dotted initial and a surname in any case ("dr k. olufemi-strand
covering", "Sr J. Mbeki-Farrow", "seen by prof a. castellanos"): the surname may be one no name list
holds, and the title and initial say it is a person's. Not a clinical word there, nor one of the
commonest words ("dr. b. said ok": the initial alone is the person)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, heads, word_led

_TITLES: Final = ("dr", "prof", "mr", "mrs", "ms", "sr", "sister")
_TITLED_INITIAL: Final = re.compile(
    word_led(_TITLES, before=r"(?<![\w.])")
    + r"\.?[ \t]+"
    r"(?P<v>[A-Za-z]\.[ \t]?(?P<s>[A-Za-z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?))(?![\w'’-])"
)
_TITLE_HEADS: Final = heads(_TITLES)  # (the scan is tried only where a title begins: `cue_finditer`)
_COMMON_ZIPF: Final = 5.0  # "said", "will", "was": words this common are never the surname here


def initialled_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "." not in text:
        return []
    return [
        Entity.of(PhiType.NAME, m, "v")
        for m in cue_finditer(_TITLED_INITIAL, text, lowered(text), _TITLE_HEADS)
        if not any(_no_surname(lex, part) for part in m.group("s").split("-"))
    ]


def _no_surname(lex: Lexicon, word: str) -> bool:
    e = lex(word.lower())
    return e.clinical or e.zipf >= _COMMON_ZIPF
