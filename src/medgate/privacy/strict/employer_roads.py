"""The road an employer stands on, named after "<employer> on" ("works at Safeway on Camelback
Road", "works for Goodwill on Indian School", "job at Target on Bell"): the capitalised run after
"on", in the same sentence, up to the next word in lower case. A day, a month, a shift or a
clinical word after "on" is when or how, not where ("works at Target on Mondays", "on Call")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.job_firms import firm_words_ok
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_CAP: Final = r"[A-Z][\w&'’\-]*"
_RX: Final = re.compile(
    r"\b(?i:works?|worked|working|employed|job|shifts?)[ \t]+(?i:at|for|@)[ \t]+"
    rf"(?P<f>{_CAP}(?:[ \t]+{_CAP}){{0,2}}?)[ \t]+on[ \t]+(?P<v>{_CAP}(?:[ \t]+{_CAP}){{0,3}})"
)
_CUES: Final = ("work", "employ", "job", "shift")
_WHEN: Final = (
    cues.DAY_WORDS | cues.WORK_MANNER | cues.TITLES | cues.DETERMINERS | frozenset(cues.MONTHS)
    | frozenset({"call", "duty", "shift", "weekends", "weekdays", "holiday", "holidays"})
)  # fmt: skip


def employer_road_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if " on " not in low or len(low) != len(text):
        return out
    for cue in _CUES:  # (each cue found with str.find, the scan matched at it)
        i = low.find(cue)
        while i != -1:
            m = _RX.match(text, i)
            i = low.find(cue, i + 1)
            if m is None:
                continue
            first = m.group("v").split()[0].lower()
            if first in _WHEN or first.rstrip("s") in _WHEN or lex(first).clinical:
                continue
            if firm_words_ok(m.group("f").split(), lex):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
