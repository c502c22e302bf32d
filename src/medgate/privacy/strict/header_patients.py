"""A patient named in lower case after "pt" in a note's header, the age straight after: "pt mere
pōtae  94 y/o F", "patient: wiremu tane 67yo", with its sex ("pt: rajesh baburao khot 72/m",
"pt: mohan lal gupta 70 m"). Two or three words, one at least no common English
word; "pt seen today 80 yo", "pt now stable 94 yo" are words of the note, not a name."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import led

_LOW: Final = r"[^\W\dA-Z_][^\W\d_]*(?:['’-][^\W\d_]+)?"
# "pt", "patient", "name", led by their first letters (the regex engine skips to them)
_LABEL: Final = led(("pt", "patient", "name"), before=r"(?<![\w'’-])")
_RX: Final = re.compile(
    rf"{_LABEL}[ \t]*:?[ \t]+(?:(?:mr|mrs|ms|miss|mx|dr)\.?[ \t]+)?(?P<v>{_LOW}(?:[ \t]{_LOW}){{1,2}})[ \t]+"
    r"\d{1,3}[ \t]*(?:y/o|yo|yrs?|y|years?[ \t]+old|/[ \t]*[mfMF]|[mfMF])(?![\w'’-])"
)
_COMMON_ZIPF: Final = 3.0


def header_patient_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "pt" not in text and "patient" not in text and "name" not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        v = m.group("v")
        if not v.islower():
            continue
        entries = [lex(w) for w in v.split()]
        if any(e.clinical and not e.name for e in entries):
            continue
        if any(not e.english or e.zipf < _COMMON_ZIPF for e in entries):
            out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
