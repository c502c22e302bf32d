"""A hospital or a clinic told by its initials alone, where the sentence shows it is one: initials
the lexicon does not know at all before a record word after "her"/"his"/"the" ("his KVMC chart #",
"the TRHS file"), or after a word of going to before a ward's word ("naar LUMC verloskamer",
"transfer to KGVH labour ward"). Kept: any initials the lexicon knows, clinical or not ("her ECG
chart", "the MAR chart", "to ICU ward", "naar SEH"), and initials with no ward or record word
after them."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

# "her YKHC chart", "the XYZ file": a possessive or an article, the initials, a record's word
_RECORD: Final = re.compile(
    r"\b(?i:her|his|their|the|your|my)[ \t]+(?P<v>[A-Z]{3,5})[ \t]+(?i:chart|file|dossier|record|records|notes)\b"
)
# "naar AZP verloskamer", "to RVH labour ward": a preposition of going, the initials, a ward's
# word (English or Dutch: delivery room, maternity ward, emergency room)
_WARD: Final = re.compile(
    r"\b(?i:to|at|naar|in|from|van)[ \t]+(?P<v>[A-Z]{3,5})[ \t]+"
    r"(?i:verloskamer|kraamafdeling|spoedeisende|eerste[ \t]+hulp|labour|labor|maternity|ward|emergency)\b"
)
_GATE: Final = re.compile(r"[A-Z]{3}")
# words one of which every match of each scan holds (lower-cased): most texts hold none
_RECORD_WORDS: Final = ("chart", "file", "dossier", "record", "notes")
_WARD_WORDS: Final = ("verloskamer", "kraamafdeling", "spoedeisende", "eerste", "labo", "maternity", "ward", "emergency")


def acronym_site_spans(text: str, lex: Lexicon) -> list[Entity]:
    if _GATE.search(text) is None:
        return []
    low = lowered(text)
    out: list[Entity] = []
    for pattern, words in ((_RECORD, _RECORD_WORDS), (_WARD, _WARD_WORDS)):
        if not any(w in low for w in words):
            continue
        for m in pattern.finditer(text):
            e = lex(m.group("v").lower())
            if e.flags == 0 and e.zipf == 0:  # (initials no list knows: no unit, test or word)
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
