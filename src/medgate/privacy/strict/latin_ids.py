"""Identity and health-card numbers of Latin America and Quebec in their printed shapes, found
without a label: a Venezuelan cédula with its nationality letter ("V-14.882.305", "E-81.220.447",
"V9.301.552"; spaced from its letter only after a label: strict/shapes.py), a Mexican clave de
elector (six letters, a birth date, a state, the sex and three digits: "GMLPRS79061209M800") and a Quebec health-insurance number (RAMQ "NAM": four letters, then
the birth year, month -- plus 50 for a woman -- and day, and two digits: "TREM 5608 1214").
The clave and the NAM are taken only where their date is one; with "RAMQ", "NAM" or "assurance
maladie" before it a NAM is taken whatever its digits say. Also a programme's case number, its year,
region letters and two groups of digits ("2023-NCR-0412-118"), and a Venezuelan phone with its groups dotted ("0241-822.40.17")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

# (found from its letter; no word, dash or dot before it, no digit or dotted group after it)
_CEDULA: Final = re.compile(
    r"[VE](?<![\w\-./][VE])(?:-[ ]?|\.[ ]?)?(?:\d{1,2}\.\d{3}\.\d{3}|(?<=-)\d{6,8})(?![\w\-]|[.,]\d)"
)
# (both found from the first digit, the letters read back: digits come before far fewer capitals)
_CLAVE: Final = re.compile(r"\d(?<=(?<![\w])[A-Z]{6}\d)(?P<d>\d{5})(?P<s>\d\d)[HM]\d{3}(?![\w])")
_NAM: Final = re.compile(
    r"\d(?<=(?<![\w\-])[A-Z]{4}\d)(?P<d>\d{3}[ ]?\d\d)\d\d(?![\w]|[ ]\d)"
    r"|\d(?<=(?<![\w\-])[A-Z]{4}[ ]\d)(?P<e>\d{3}[ ]?\d\d)\d\d(?![\w]|[ ]\d)"
)
_CASE_NUMBER: Final = re.compile(r"[12](?<![\w\-][12])\d{3}-[A-Z]{2,4}-\d{3,5}-\d{2,5}(?![\w\-])")
# (what every case number holds after its year, found from its dash: the scan runs only where it is)
_CASE_TAIL: Final = re.compile(r"-[A-Z]{2,4}-\d{3,5}-\d{2,5}(?![\w\-])")
_DOTTED_PHONE: Final = re.compile(r"0(?<![\w.\-]0)\d{2,3}[\-. ]\d{3}\.\d{2}\.\d{2}(?![\w]|[.\-]\d)")
_NAM_LABEL: Final = re.compile(r"(?i:\bramq\b|\bnam\b|assurance[ \-]maladie|carte[ ]soleil|health[ ]card)")


def _date(yymmdd: str, female_month: bool) -> bool:
    """Month and day a calendar has (a woman's NAM month runs 51 to 62)."""
    month, day = int(yymmdd[2:4]), int(yymmdd[4:6])
    if female_month and month > 50:
        month -= 50
    return 1 <= month <= 12 and 1 <= day <= 31


def latin_id_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    if "V" in text or "E" in text:
        for m in _CEDULA.finditer(text):
            out.append(Entity.of(PhiType.SSN, m))
    for m in _CLAVE.finditer(text):
        if _date(text[m.start()] + m.group("d"), False) and 1 <= int(m.group("s")) <= 32:
            out.append(Entity(PhiType.SSN, m.start() - 6, m.end(), text[m.start() - 6 : m.end()]))
    if "-" in text and _CASE_TAIL.search(text) is not None:
        for m in _CASE_NUMBER.finditer(text):
            out.append(Entity.of(PhiType.MRN, m))
    for m in _DOTTED_PHONE.finditer(text) if "." in text else ():
        out.append(Entity.of(PhiType.PHONE, m))
    labelled = None
    for m in _NAM.finditer(text):
        if labelled is None:
            labelled = _NAM_LABEL.search(text) is not None
        digits = text[m.start()] + (m.group("d") or m.group("e")).replace(" ", "")
        if labelled or _date(digits, True):
            start = m.start() - (4 if m.group("d") else 5)
            out.append(Entity(PhiType.HEALTH_PLAN, start, m.end(), text[start : m.end()]))
    return out
