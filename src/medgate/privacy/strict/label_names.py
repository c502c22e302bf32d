"""A person's name as a prescription or pharmacy label prints it, "SURNAME, GIVEN", in a message
that is not in capitals itself, where a label stands (at a line's or a quote's start or after a
colon, with a wide gap, the line's end or the label's next field after it): '"OKORO, BELLA   Rx#
5520193"', 'label says: OKORO, GRACE'. Both words must be names the lexicon knows; "NOTE, URGENT",
"Hx: CHF, COPD (GOLD 3)" and a list's "PMH: DM2, HTN, AMI 2019" stay. A pharmacy's street number
beside it on the label, "Lakeside Pharmacy, 88 Broadway, Leeds" (a facility's word, a comma, a
number and a capitalised name, then a comma), is its address."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import upper_ratio
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import led

# as a label prints it: at a line's or a quote's start or after a colon, then a wide gap, the line's
# end or the label's next field ("Rx", "DOB"); not inside a list ("PMH: DM2, HTN, AMI 2019")
_SURNAME_GIVEN: Final = re.compile(
    r"(?:^|(?<=[\"“'‘:])[ ]?)(?P<v>[A-Z][A-Z'’-]{1,20},[ ]+[A-Z][A-Z'’-]{1,20})"
    r"(?=[ ]{2,}|[ ]*$|[ ]+(?:Rx|RX|DOB|D\.O\.B)\b)",
    re.M,
)
# what every match of it holds, found from its comma (the scan above is tried at every line's start
# and quote)
_CAPS_COMMA_CAP: Final = re.compile(r"[A-Z'’-],[ ]+[A-Z]")
_FACILITY_STREET: Final = re.compile(
    led(["Pharmacy", "Chemist", "Drug[ ]Mart", "Clinic", "Surgery", "Practice", "Centre", "Center", "Hospital", "Dispensary"])
    + r",[ ]+"
    r"(?P<v>\d{1,5}[A-Za-z]?[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?=,)"
)


def _surname(lex: Lexicon, w: str) -> bool:
    low = w.lower()
    e = lex(low)
    if len(w) < 3 or low in cues.SHORTHAND or low in cues.UNITS or low in cues.CODE_LABELS or e.clinical:
        return False
    return bool(e.name)


def _given(lex: Lexicon, w: str) -> bool:
    """A name the lexicon knows ("NOTE, URGENT", "CHF, COPD" are no one's)."""
    e = lex(w.lower())
    if e.clinical or w.lower() in cues.SHORTHAND or w.lower() in cues.UNITS:
        return False
    return bool(e.name)


def label_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if "," not in text:
        return out
    if upper_ratio(text) < 0.5 and _CAPS_COMMA_CAP.search(text) is not None:
        for m in _SURNAME_GIVEN.finditer(text):
            a, b = (w.strip() for w in m.group("v").split(","))
            if _surname(lex, a) and _given(lex, b):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    out.extend(Entity.of(PhiType.ADDRESS, m, "v") for m in _FACILITY_STREET.finditer(text))
    return out
