"""A name after a ward role written as a label at a line's start, as Indian, African and British
nursing notes sign off their shift: "SISTER INCHARGE: RAJWINDER", "Nurse in-charge: Thandeka
Mokoena", "STAFF NURSE: JASPREET", "Duty doctor: Dr Sandhu". The label says a person follows, so
an all-capitals word that no list knows is a name there. Up to three words, to the line's end, a
comma or a bracket; each must be a name or no English word, so "STAFF NURSE: ON LEAVE", "SISTER
INCHARGE: INFORMED" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.line_starts import line_finditer
from medgate.privacy.types import Entity, PhiType

_ROLE: Final = (
    r"(?:(?:ward|staff|charge|senior|junior|night|day|duty|student|shift)[ \t]+)?"
    r"(?:sister|nurse|matron|midwife|doctor|officer|rn|mo|sn)"
    r"(?:[ \t]*(?:in[ \t-]?charge|incharge|on[ \t]+duty))?"
    r"|(?:in[ \t-]?charge|incharge)"
)
_WORD: Final = r"[A-Z][A-Za-z'’\-]{1,20}"
_RX: Final = re.compile(
    rf"^[ \t]*(?:[-*•][ \t]*)?(?i:{_ROLE})[ \t]*:[ \t]*(?:(?i:dr|mr|mrs|ms|sr)\.?[ \t]+)?"
    rf"(?P<v>{_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]*(?=[,(]|$)",
    re.M,
)


def _named(lex: Lexicon, word: str) -> bool:
    low = word.lower()
    e = lex(low)
    if low in cues.TITLES or low in cues.UNITS or low in cues.DEPARTMENTS or (e.clinical and not e.name):
        return False
    return bool(e.flags & (F.FIRST | F.LAST)) or not e.english


def role_label_spans(text: str, lex: Lexicon) -> list[Entity]:
    if ":" not in text:
        return []
    out: list[Entity] = []
    for m in line_finditer(_RX, text):
        if all(_named(lex, w) for w in m.group("v").split()):
            out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
