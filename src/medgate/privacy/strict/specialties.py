"""A medical specialty naming a hospital's department, as a letter or a parent writes it:
"referral to the Rheumatology department", "in the Endocrinology clinic", "Haematology team",
"Psychiatry outpatients". A department, no place: the word stays even where a capital after "to the"
or "in the" reads as a place's name. Only a specialty's word ("-ology", "-iatry", "-iatrics" or a
department the cues know) right before a department's noun."""

from __future__ import annotations

from typing import Final

from medgate.privacy import cues
from medgate.privacy.strict.icu_devices import keep_span
from medgate.privacy.strict.words import Tok

_NOUNS: Final = frozenset(
    ("department", "dept", "clinic", "clinics", "team", "service", "services", "unit", "ward", "outpatients",
     "opd", "referral", "consultant", "registrar", "nurse", "nurses", "appointment", "appt")
)
_ENDS: Final = ("ology", "iatry", "iatrics", "ological")


def mark_specialties(toks: list[Tok], text: str) -> None:
    for i, t in enumerate(toks[:-1]):
        if toks[i + 1].low not in _NOUNS or not t.text[:1].isupper():
            continue
        if t.low.endswith(_ENDS) or t.low in cues.DEPARTMENTS:
            keep_span(toks, t.start, t.end)
