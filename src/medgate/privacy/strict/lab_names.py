"""A laboratory named bare after the test done there: "FBC done at Medi-Scan today", "labs drawn at
Bio-Core", "cultures taken at LabPlus": a capitalised name after "done at", "drawn at", "taken at",
"processed at", "tested at" that is a hyphenated name of two capitalised halves or no English word.
A department or an everyday word there ("done at Arrival", "taken at Rest", "done at X-ray") stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer

_RX: Final = re.compile(
    r"\b(?i:done|drawn|taken|processed|tested|repeated|sent)[ ]at[ ]"
    r"(?P<v>[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z][a-z]+[A-Z][a-z]+)\b(?!-)"
)

# (every match begins with one of these verbs: the scan is tried only where `str.find` sees one)
_HEADS: Final = ("done", "drawn", "taken", "processed", "tested", "repeated", "sent")


def lab_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    if " at " not in text:
        return []
    out: list[Entity] = []
    for m in cue_finditer(_RX, text, lowered(text), _HEADS):
        v = m.group("v")
        low = v.lower()
        if low in cues.DEPARTMENTS or lex(low).clinical or lex(low).english:
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
