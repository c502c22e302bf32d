"""Dates whose month is not a name or a number: a Roman-numeral month as written in Poland, Romania
and Italy ("12 IX 2023", "3.VII.2024", "until 18 X"), and a day told against the month it falls in
("on the 3rd of this month", "by 15th of next month")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_DAY: Final = r"(?<![\w.,/:\-])(?:[12]\d|3[01]|0?[1-9])"
_ROMAN_MONTH: Final = r"(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)"
# with a year the shape is enough; without one, only after a word that leads a date and before a
# stop ("until 18 X."), not a cranial nerve, a grade or a line ("CN 2 II", "from 2 IV lines")
_ROMAN_DATE: Final = re.compile(
    rf"(?P<d>{_DAY}(?P<s>[ ]|\.[ ]?){_ROMAN_MONTH}(?:(?P=s)(?:19|20)\d\d)(?![\w\-/]|\.\d))"
    rf"|\b(?:until|till|to|from|on|since|by|dated|date|Date|DATE|UNTIL|FROM)[ ]"
    rf"(?P<e>{_DAY}(?:[ ]|\.[ ]?){_ROMAN_MONTH}(?=[.,;:)\n]|\Z)(?!\.\w))"
)
_ORDINAL_OF_MONTH: Final = re.compile(
    r"\b(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)(?=[ ]of[ ](?:this|last|next|the[ ](?:current|last|next))[ ]month\b)",
    re.IGNORECASE,
)


_DAY_THEN_ROMAN: Final = re.compile(r"\d(?:[ ]|\.[ ]?)[IVX]")


def roman_date_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    if _DAY_THEN_ROMAN.search(text):  # (what both shapes hold: a digit, a space or dot, a numeral)
        for m in _ROMAN_DATE.finditer(text):
            g = "d" if m.group("d") else "e"
            out.append(Entity.of(PhiType.DATE, m, g))
    if "month" in text or "MONTH" in text:
        for m in _ORDINAL_OF_MONTH.finditer(text):
            out.append(Entity.of(PhiType.DATE, m))
    return out
