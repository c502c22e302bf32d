"""A landmark told by its matatu, bus or boda boda stage, as East African messages give where one
lives or works: "near Stage 56", "opposite Stage 2", "at the Kipkarren stage". A numbered Stage
after a word of place ("near", "opposite", "past") is a stop, never a disease's stage ("CKD stage
3", "at stage 4" stay); a named stage's name is no English or clinical word ("at the bus stage",
"at the final stage" stay)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_NUMBERED: Final = re.compile(
    r"(?i:\b(?:near|opposite|opp\.?|behind|past|beside|next[ ]to|off|around)[ ]+(?:the[ ]+)?)"
    r"(?P<v>Stage[ ]\d{1,3}[A-Z]?)(?![\w/]|\.\d)"
)
_NAMED: Final = re.compile(
    r"(?i:\b(?:at|near|by|from|opposite|behind|past|to)[ ]+the[ ]+)"
    r"(?P<v>[A-Za-z][a-z'’\-]{2,14}(?:[ ][A-Za-z][a-z'’\-]{2,14})?)[ ](?i:stage)\b"
)


def transport_stage_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if "Stage " in text:
        out.extend(Entity.of(PhiType.LOCATION, m, "v") for m in _NUMBERED.finditer(text))
    if " stage" in text or " Stage" in text:
        for m in _NAMED.finditer(text):
            if all(_a_name(lex, w) for w in m.group("v").split()):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out


def _a_name(lex: Lexicon, word: str) -> bool:
    e = lex(word.lower())
    return not e.clinical and (e.place or not e.english)
