"""Dates without a year that the other date rules miss: a day and month with dots as a range
("stay: 03.02 – 09.02", both two digits each side: a lab range is written "3.5-5.1"), and a day
with a Spanish or Portuguese month abbreviation ("7/ene", "22-dez", "4 abr", "30 set").
A day.month after a date's label is dates._LABELLED_DAY_MONTH's.
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_DD_MM = r"(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])"
# (found from the first dot: a literal the engine skips to)
_DOTTED_RANGE: Final = re.compile(
    rf"\.(?<=(?<![\w.,/])\d\d\.)(?:0[1-9]|1[0-2])[ \t]*(?:[-–—]|(?i:to|a|al|do|bis))[ \t]*{_DD_MM}(?![\w]|[.,/]\d)"
)
# the abbreviations that are no English word or month ("ago", "out" only after a slash or dash:
# "2/7 ago", "5 out of 10")
_ES_PT_MONTH: Final = re.compile(
    r"\d(?<![\w.,/:]\d)\d?(?:(?P<sep>[/\-.])|[ \t]+(?:de[ \t]+)?)"
    r"(?P<m>(?i:ene|abr|ago|dic|dez|set|out|fev))\b\.?(?:[/\-. ](?:19|20)?\d\d(?!\d))?"
)
_MONTH_LOOKS: Final = ("ene", "abr", "ago", "dic", "dez", "set", "out", "fev")
_NOT_A_MONTH_AFTER: Final = re.compile(r"[ \t]+(?i:of|up|in|to|on|off|at|for|and)\b|s\b")


def short_date_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    if "." in text:
        for m in _DOTTED_RANGE.finditer(text):
            start = m.start() - 2
            out.append(Entity(PhiType.DATE, start, m.end(), text[start : m.end()]))
    low = lowered(text)
    if not any(w in low for w in _MONTH_LOOKS):
        return out
    for m in _ES_PT_MONTH.finditer(text):
        day = m.group()[:2] if m.group()[1:2].isdigit() else m.group()[:1]
        if not 1 <= int(day) <= 31:
            continue
        if m.group("sep") is None and (
            m.group("m").lower() in ("ago", "out") or _NOT_A_MONTH_AFTER.match(text, m.end("m"))
        ):
            continue  # ("2 ago", "3 set of", "12 sets"): English
        value = m.group().rstrip(". ")
        out.append(Entity(PhiType.DATE, m.start(), m.start() + len(value), value))
    return out
