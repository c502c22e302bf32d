"""A hospital's initials and its district after a comma at the end of an address line, as letters
head them, both masked ("Consultant Surgeon, OAUTH, Ile-Ife", "Renal Unit, UBTH, Ugbowo"): the initials end as a
hospital's do (facility_names reads them the same way before a town with no comma), and the
district is the line's last capitalised word, hyphenated or not. A clinical pair ("Hx of SAH,
Resolved"), a day or a common word after the comma stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.facility_names import CLINICAL_INITIALS, HOSPITAL_INITIALS
from medgate.privacy.types import Entity, PhiType

# found from the comma (a literal the engine skips to), the initials read back before it
_TAIL: Final = re.compile(r",[ \t]+(?P<v>[A-Z][a-z]+(?:[\-'’][A-Z][a-z]+)?)[ \t]*$", re.MULTILINE)
_INITIALS_BEFORE: Final = re.compile(r"(?<![\w\-/])(?P<i>[A-Z]{1,5}(?:H|TH|MC|SC))\Z")


def initials_district_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if "," not in text:
        return out
    for m in _TAIL.finditer(text):
        b = _INITIALS_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if b is None:
            continue
        i, v = b.group("i"), m.group("v")
        if i not in HOSPITAL_INITIALS and (
            i in CLINICAL_INITIALS or (ie := lex(i.lower())).english or ie.zipf >= 2.5
        ):
            continue
        low = v.lower()
        e = lex(low)
        if (
            low in cues.DAY_WORDS
            or low in cues.MONTHS
            or e.clinical
            or (e.english and e.zipf >= 3.0)
        ):
            continue
        out.append(Entity.of(PhiType.LOCATION, b, "i"))
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
