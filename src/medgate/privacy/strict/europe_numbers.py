"""Identifiers and phones of continental Europe by their standard shapes: a phone with a slash
after its area code ("030 / 12 34 56", "0211/9 87 65-0", DIN 5008's older habit), a phone read out
a digit at a time ("0 6 1 2 ..."), the Italian codice fiscale (six letters, the year, a month
letter, the day, the comune's code and a check letter), the Belgian national number
("YY.MM.DD-NNN.CC"). (IBANs, in groups or not, are `shapes.py`'s.)"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

# (each scan starts with the character every match begins with, which the regex engine skips to;
# the lookbehind that stood before it is read from after it)
_SLASH_PHONE: Final = re.compile(
    r"0(?<![\w/.,]0)\d{2,4}[ ]?/[ ]?(?P<rest>\d{1,4}(?:[ ]\d{1,4}){0,4})(?:-\d{1,4})?(?![\w/]|[.,]\d)"
)
_SPELT_PHONE: Final = re.compile(r"[0+](?<![\w.,][0+])(?:[ ]{1,2}\d){8,12}(?![\w])")
_CODICE_FISCALE: Final = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{5}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]\b")
_BELGIAN_NN: Final = re.compile(r"\d(?<![\w.]\d)\d\.[01]\d\.[0-3]\d-\d{3}\.\d\d(?![\w])")


def europe_number_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    if "/" in text:
        for m in _SLASH_PHONE.finditer(text):
            if sum(c.isdigit() for c in m.group("rest")) >= 5:
                out.append(Entity.of(PhiType.PHONE, m))
    for m in _SPELT_PHONE.finditer(text):
        out.append(Entity.of(PhiType.PHONE, m))
    for m in _CODICE_FISCALE.finditer(text):
        out.append(Entity.of(PhiType.SSN, m))
    if "-" in text:
        out.extend(Entity.of(PhiType.SSN, m) for m in _BELGIAN_NN.finditer(text))
    return out
