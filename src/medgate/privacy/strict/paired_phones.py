"""A phone written in pairs of digits after a phone word, as the Faroes, Denmark, Norway and
France write them: six digits ("tlf 21 44 87", "my phone 59 12 03") or eight ("tel. 12 34 56 78").
Without the word, three pairs are as often a date or a reading ("12 03 24", "BP 12 34 56" stays
unless a phone word leads it)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_start

# (longest first: "telefonnummer" before "telefon", "pager" before "page")
_WORDS: Final = sorted(cues.PHONE_WORDS, key=len, reverse=True)
_RX: Final = re.compile(
    word_start(_WORDS)
    + r"\.?(?i:[ \t]+(?:no|nr|number|is))?\.?[ \t]*:?[ \t]*"
    r"(?P<v>\d\d(?:[ ]\d\d){2,3})(?!\w|[.,/:]\d|[ ]\d)"
)
_PAIRS: Final = re.compile(r"\d\d \d\d \d\d")  # (every match has three pairs: a cheap gate)


def paired_phone_spans(text: str) -> list[Entity]:
    if _PAIRS.search(text) is None:
        return []
    return [Entity.of(PhiType.PHONE, m, "v") for m in _RX.finditer(text)]
