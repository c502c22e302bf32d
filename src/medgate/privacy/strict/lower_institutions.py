"""A public institution named in lower case for its place, as a workplace or an appointment's
place: "at work (brantwood public library)", "appt at lorong chuan poly", "the kensington branch
library". Its name's words are no common English word; "the public library", "at the poly", "my
local library" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_KIND: Final = r"(?:public|central|branch|county|city|regional)"
_NAME_WORD: Final = rf"(?!{_KIND}\b)[a-z]{{3,}}"
_RX: Final = re.compile(
    rf"(?<![\w'’-])(?P<v>{_NAME_WORD}(?:[ \t]{_NAME_WORD})?)[ \t]+(?:{_KIND}[ \t]+)?"
    r"(?:library|polyclinic|poly|community[ \t]+centre|community[ \t]+center)\b"
)
_COMMON_ZIPF: Final = 3.0


def _common(lex: Lexicon, word: str) -> bool:
    e = lex(word)
    return (e.english and e.zipf >= _COMMON_ZIPF) or e.clinical


def lower_institution_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "library" not in text and "poly" not in text and "community cent" not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        words = m.group("v").split()
        while words and _common(lex, words[0]):
            words = words[1:]  # ("at the ...", "my local ..."): words of the sentence before the name
        if not words or any(_common(lex, w) for w in words):
            continue
        start = m.end("v") - len(" ".join(words))
        out.append(Entity(PhiType.LOCATION, start, m.end("v"), text[start : m.end("v")]))
    return out
