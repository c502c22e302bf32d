"""A hospital's initials in brackets after a word for a hospital or clinic: "at the hospital
(RNSH)", "the eye clinic (RVEEH)", "in hospital (CHB)". The bracket names which one. A department's,
a test's or a credential's letters ("the clinic (ED)", "hospital (ICU)", "(GP)", "(MRI)") stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

_BRACKET: Final = re.compile(r"\([A-Z]{2,6}\)")
_RX: Final = re.compile(
    r"(?i:\b(?:hospital|hosp|clinic|infirmary|medical[ ]cent(?:re|er)|health[ ]cent(?:re|er)))[ ]?"
    r"\((?P<v>[A-Z]{2,6})\)"
)


def bracket_initial_spans(text: str) -> list[Entity]:
    if "(" not in text:
        return []
    out: list[Entity] = []
    for b in _BRACKET.finditer(text):  # (the bracket first: a literal-led scan, then the word before it)
        m = _RX.search(text, max(0, b.start() - 22), b.end())
        if m is None or m.end() != b.end():
            continue
        v = m.group("v")
        low = v.lower()
        if low in cues.DEPARTMENTS or low in cues.SHORTHAND or low in cues.CREDENTIALS or low in cues.UNITS \
                or v.title() in CLINICAL_WORDS or low in cues.CODE_LABELS:
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
