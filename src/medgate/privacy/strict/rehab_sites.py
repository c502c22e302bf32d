"""A hospital or rehab centre told by a bare two-word name, then its town, after rehab or a move:
"rehab at Riverside Health in macon", "transfer him to Baptist Care in Dothan", "move her to Mercy
General in tulsa". The two capitalised words between "at"/"to" and "in <town>" are the place's name
(the tagger often reads only the first). A day, a month, a ward or a department there is no place ("rehab at Home
Health in march", "move her to Ward Four in the morning": the word after "in" must be no month or
time word, and a common word before "in" that is no place's stays)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

_RX: Final = re.compile(
    r"\b(?i:rehab|rehabilitation|transfer(?:red|ring)?|mov(?:e|ed|ing)(?:[ ](?:her|him|them|mum|dad|mom))?)"
    r"[ ](?i:at|to)[ ](?P<v>[A-Z][a-z]{2,}[ ][A-Z][a-z]{2,})[ ]in[ ](?P<t>[A-Za-z][a-z]{2,})\b"
)
_NOT_TOWNS: Final = cues.DAY_WORDS | frozenset(cues.MONTHS) | cues.DETERMINERS | frozenset(
    {"march", "may", "june", "april", "august", "morning", "evening", "afternoon", "case", "time", "order", "person"}
)


def rehab_site_spans(text: str) -> list[Entity]:
    low = lowered(text)
    if "rehab" not in low and "transfer" not in low and "mov" not in low:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        if m.group("t").lower() in _NOT_TOWNS:
            continue
        if any(w in CLINICAL_WORDS or w in cues.DEPARTMENTS or w in cues.UNITS for w in m.group("v").lower().split()):
            continue  # ("transfer to Intensive Care in Leeds": the ward, not the place's name)
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
