"""A nursing sister by her title's short form in a note written in capitals, as Indian, Pakistani and
older UK ward notes sign and name them: "SR. SUNITA KAMBLE, S/N", "SR. ROSAMMA JOSEPH". "SR" is also
sinus rhythm ("RHYTHM SR. NO ECTOPY", "SR TO ST"), so only "SR." with its stop, and only before two
words no English or clinical list knows ("SR. PVCS NOTED", "SR. HR 80" stay)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(r"\bSR\.[ ](?P<v>(?P<a>[A-Z]{3,})[ ](?P<b>[A-Z]{3,}(?:-[A-Z]{3,})?))\b")


def sister_title_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "SR. " not in text:
        return []
    return [Entity.of(PhiType.NAME, m, "v") for m in _RX.finditer(text) if _unknown(lex, m["a"]) and _unknown(lex, m["b"])]


def _unknown(lex: Lexicon, word: str) -> bool:
    """No English, clinical or note-shorthand word: in capitals only the lists can tell a name."""
    low = word.lower()
    e = lex(low)
    return not (e.english or e.clinical) and low not in cues.SHORTHAND and low not in cues.UNITS
