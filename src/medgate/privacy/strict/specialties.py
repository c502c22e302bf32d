"""A medical specialty naming a hospital's department, as a letter or a parent writes it:
"referral to the Rheumatology department", "in the Endocrinology clinic", "Haematology team",
"Psychiatry outpatients". A department, no place: the word stays even where a capital after "to the"
or "in the" reads as a place's name. Only a specialty's word ("-ology", "-iatry", "-iatrics" or a
department the cues know) right before a department's noun. A clinic named for the drug it doses ("the
Warfarin Clinic", "Lakeview Methadone Clinic") is a service too: a drug's word that is no name or place
(a clinical word no English dictionary holds: not "eye", not "junction") stays before "clinic" (the place's own name before it is still masked)."""

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
        if t.low.endswith(_ENDS) or t.low in cues.DEPARTMENTS or (toks[i + 1].low in _CLINICS and _drug(t)):
            keep_span(toks, t.start, t.end)


_CLINICS: Final = frozenset(("clinic", "clinics", "service"))


def _drug(t: Tok) -> bool:
    e = t.entry
    return e is not None and e.clinical and not (e.english or e.name or e.place)
