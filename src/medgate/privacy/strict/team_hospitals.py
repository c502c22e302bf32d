"""A hospital told by its bare name before one of its departments, as staff say it when that
department reports: "Treliske plastics said no graft", "Addenbrooke renal will take him",
"Ninewells ortho agreed". The word before the department is capitalised and no word of English or
medicine; a reporting verb follows the department. Kept: "ICU plastics said" (capitals, a unit),
"The renal said", "Burns team" (English words), "Augmentin renal dosing" (no reporting verb)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

# a department and a reporting verb after it: what every match holds, searched for first
_DEPT_VERB: Final = re.compile(
    r"[ \t](?:" + "|".join(sorted(map(re.escape, cues.DEPARTMENTS), key=len, reverse=True)) + r")[ \t]+(?:"
    + "|".join(sorted(cues.REPORTING_VERBS, key=len, reverse=True)) + r")\b"
)
# the capitalised word right before it
_WORD_BEFORE: Final = re.compile(r"(?<![\w'’\-])[A-Z][a-z'’\-]{2,}\Z")


def team_hospital_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in _DEPT_VERB.finditer(text):
        w = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if w is None:
            continue
        low = w.group().lower()
        e = lex(low)
        if e.english or e.clinical or low in cues.DEPARTMENTS:
            continue
        out.append(Entity(PhiType.LOCATION, w.start(), w.end(), w.group()))
    return out
