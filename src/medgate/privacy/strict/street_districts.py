"""The district or state code after a numbered street and a comma ("14 kofo abayomi street, VI",
"9 bode thomas st, SU", "22 Harbour Rd, GU"): the capitals there name where the street is (Lagos
districts, US states and territories), whatever follows them. A care unit, a test or a common word
in capitals there is the note's ("12 Elm Street, ED visit", "5 Park Road, MRI booked")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

# found from the comma (a literal the engine skips to), the numbered street read back before it
_TAIL: Final = re.compile(r",[ \t]*(?P<v>[A-Z]{2,3})(?![\w\-/])")
_STREET_BEFORE: Final = re.compile(
    r"\b\d{1,5}[A-Za-z]?(?:[ \t]+[A-Za-z][\w'’\-]*){1,4}?[ \t]+"
    r"(?i:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|crescent|way|terrace)\.?\Z"
)


def street_district_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if "," not in text:
        return out
    for m in _TAIL.finditer(text):
        if _STREET_BEFORE.search(text, max(0, m.start() - 60), m.start()) is None:
            continue
        v = m.group("v")
        e = lex(v.lower())
        # (short codes are words too: an English, very common, clinical or unit word stays)
        if not (
            e.english
            or e.clinical
            or e.zipf >= 5.0
            or v.title() in CLINICAL_WORDS
            or v.lower() in cues.UNITS
            or v.lower() in cues.DEPARTMENTS
            or v.lower() in cues.SHORTHAND
        ):
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
