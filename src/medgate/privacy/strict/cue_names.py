"""First names a chat gives with no title, where the cue before them says a person stands there: a
baby's name, even an English word ("named him River", "called her harmony"), and a clinician by
first name after an appointment ("my appt with Leah on Tues", "session with Ollie at 3"). "named her
as next of kin", "called him back", "appt with physio on Mon", "appt with Dr Ode" stay (a title is
left to the names passes)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.words import ROLE_WORDS
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, heads, word_led

_BABY_WORDS: Final = ("named", "called")
_BABY: Final = re.compile(
    word_led(_BABY_WORDS)
    + r"(?i:[ ](?:her|him|them|the[ ]baby|baby|our[ ](?:boy|girl|son|daughter))[ ])"
    r"(?P<v>[A-Za-z][a-z'’-]{1,14})(?=[ \t]*(?:[.,!)\n]|$|[ ](?:after|for|and|[a-z]+[ ]?(?:lb|kg|g)\b)))"
)
_APPT_WORDS: Final = ("appt", "appointment", "session", "consult", "booking", "visit", "review")
_APPT: Final = re.compile(
    word_led(_APPT_WORDS)
    + r"(?i:[ ]with[ ])"
    r"(?P<v>[A-Z][a-z'’-]{1,14})(?=[ ](?:on|at|tomorrow|today|tmrw|next|this|tonight)\b|[ \t]*[.,!?\n]|$)"
)
# (each cue scan is tried only where one of its words begins: `cue_finditer`)
_HEADS: Final = {_BABY: heads(_BABY_WORDS), _APPT: heads(_APPT_WORDS)}
_NOT_NAMES: Final = frozenset({"back", "out", "up", "in", "off", "over", "round", "again", "now", "today", "as"})


def cue_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if "named " in low or "called " in low:
        for m in cue_finditer(_BABY, text, low, _HEADS[_BABY]):
            w = m.group("v").lower()
            if w not in _NOT_NAMES and w not in cues.DETERMINERS and not lex(w).clinical:
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if " with " in low:
        for m in cue_finditer(_APPT, text, low, _HEADS[_APPT]):
            w = m.group("v").lower()
            e = lex(w)
            if w in ROLE_WORDS or w in cues.DEPARTMENTS or w in cues.KIN or e.clinical:
                continue
            if e.name or not e.english:
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
