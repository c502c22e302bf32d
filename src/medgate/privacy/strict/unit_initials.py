"""A hospital told by its initials right after the ward or unit a chat names: "(ward 2, RHCYP)"
(five or six letters: the shorter ones are read by `short_facilities`), "sa day unit ng PCMC"
(Tagalog "of"), "the day unit at KGVH", "clinic in TRHS", "burns ward UCH" (capitals ending in H for Hospital), and in lower case before
a room or bed ("the unit at rvh, room 3"). Kept: initials any word list knows as English or as medicine ("unit at ICU", "ward 3, CTICU"), and a unit's own initials, which end in U for
Unit ("the unit at SCBU", "ward 2, GICU")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.short_facilities import facility_initials
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_UNIT_INITIALS: Final = re.compile(
    r"(?<![\w\-])(?i:ward|unit|clinic)[ \t]+(?:"
    r"\d{1,2}[A-Za-z]?,[ \t]*(?P<v>[A-Z]{5,6})"  # "ward 2, RHCYP"
    r"|(?:ng|sa|at|of|in)[ \t]+(?P<w>[A-Z]{3,6})"  # "unit ng PCMC", "unit at KGVH"
    r"|(?P<h>[A-Z]{2,4}H)"  # "burns ward UCH": a hospital's initials end in H (Hospital)
    # lower case, when a room or bed follows: "the unit at rvh, room 3" (a place in the hospital)
    r"|at[ \t]+(?P<l>[a-z]{3,5})(?=,?[ \t]+(?:room|rm|bed|bay)\b)"
    r")(?![\w\-/])"
)


def unit_initial_spans(text: str, lex: Lexicon) -> list[Entity]:
    low = lowered(text)
    if "ward" not in low and "unit" not in low and "clinic" not in low:
        return []
    out: list[Entity] = []
    for m in _UNIT_INITIALS.finditer(text):
        g = next(k for k in ("v", "w", "h", "l") if m.group(k))
        v = m.group(g)
        if g == "l":  # (lower case: any word of English or medicine stays, however rare)
            e = lex(v)
            if not (e.english or e.clinical or v in cues.DEPARTMENTS or v in cues.SHORTHAND):
                out.append(Entity.of(PhiType.LOCATION, m, g))
        elif not v.endswith("U") and facility_initials(v, lex):
            out.append(Entity.of(PhiType.LOCATION, m, g))
    return out
