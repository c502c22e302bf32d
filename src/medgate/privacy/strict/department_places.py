"""A hospital named only by the department a handover is going to or from: "handover @ Lakeview
resus", "arrived at Riverside ED", "transfer from Northgate ICU", "at Providence ER". A capitalised
word or two between a place preposition and an emergency or critical-care department is the
hospital's name; in a lower-case message one word no English or clinical list knows is
("referred by whipps a&e", "seen at lewisham a&e"). "at Main ED", "to Adult ICU", "@ Paeds
resus", "from North ED" (a common or clinical word, a compass point), "by majors a&e", "to resus
ED" (a department's own word) stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import F, Lexicon
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

# the department, found first (a short literal scan), then the preposition and name before it
_DEPARTMENT: Final = re.compile(
    r"[ ](?:resus|Resus|RESUS|ED|ER|A&E|a&e|ICU|CCU|ITU|HDU|emerg|Emerg|cath[ ]lab|Cath[ ]Lab)(?![\w-])"
)
_BEFORE: Final = re.compile(
    r"(?:(?<![\w'’-])(?i:at|to|from|in|by)|@)[ ]+(?P<v>[A-Z][a-z]{2,}(?:[ ][A-Z][a-z]{2,})?|(?P<low>[a-z]{3,}))\Z"
)
_GATE: Final = ("resus", "Resus", "RESUS", " ED", " ER", "A&E", "a&e", "ICU", "CCU", "ITU", "HDU", "merg", "ath ")
# the words of an emergency department's own areas, which the lists do not hold as clinical
_AREAS: Final = frozenset({"resus", "majors", "minors", "paeds", "peds", "triage", "streaming", "ambulatory"})
# above this a capitalised word is more often an ordinary one ("Main", "Adult", "Old") than a name
_COMMON_ZIPF: Final = 4.0


def department_place_spans(text: str, lex: Lexicon) -> list[Entity]:
    if not any(g in text for g in _GATE):
        return []
    out: list[Entity] = []
    for d in _DEPARTMENT.finditer(text):
        m = _BEFORE.search(text, max(0, d.start() - 40), d.start())
        if m is None:
            continue
        words = m.group("v").split()
        if m.group("low") is not None and (words[0] in _AREAS or lex(words[0]).flags & F.ENGLISH):
            continue  # (a lower-case name: no word of any English list at all)
        if any(w in CLINICAL_WORDS or w.lower() in cues.DEPARTMENTS or w.lower() in cues.SHORTHAND for w in words):
            continue
        entries = [lex(w.lower()) for w in words]
        if any(e.clinical for e in entries) or all(e.english and e.zipf >= _COMMON_ZIPF for e in entries):
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
