"""Days without a year that date a note's own heading: a night's or a stay's range of days in one
month ("overnight 23-24/11", "stay 30-31.12") and a day.month right after the visit or note it
dates ("visit 12.10", "home visit 3.09"). A range only counts when its last day is past its month's
number: a score, a grade or a duration never goes past its denominator ("pain 2-3/10", "power
4-5/5", "murmur 2-3/6"), and the UK's "7-10/7" (days) or "18-24/12" (months) count only after a
heading's word."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import word_before
from medgate.privacy.types import Entity, PhiType

# (a digit first: the engine skips to digits; what stands before and the days are checked in code)
_DAY_RANGE: Final = re.compile(
    r"(?P<a>\d\d?)[-–](?P<b>\d\d?)"
    r"(?:/(?P<m>0?[1-9]|1[0-2])|\.(?P<dm>0[1-9]|1[0-2]))(?:[/.](?:19|20)?\d\d)?(?![\w]|[/.\-]\d)"
)
_VISIT_DAY: Final = re.compile(
    r"(?i:\b(?:visit|note|notes|seen|review|reviewed|call|phoned|contact))[ \t]*[:\-]?[ \t]*"
    r"(?P<v>(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2]))(?![\w]|[.,/]\d)"
)
# what every match of it holds, found from its digit (the visit words start too many words to skip to)
_DOTTED_MONTH: Final = re.compile(r"\d\.(?:0[1-9]|1[0-2])(?![\w]|[.,/]\d)")
# the words a heading dates its range of days after (where the range could be a UK duration)
_HEADING_WORDS: Final = frozenset({"note", "notes", "visit", "overnight", "night", "nights", "shift", "stay", "between"})


def visit_date_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    if "-" in text or "–" in text:
        for m in _DAY_RANGE.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_/.-"):
                continue  # inside a longer number or date
            first, last = int(m.group("a")), int(m.group("b"))
            month = int(m.group("m") or m.group("dm"))
            if not 1 <= first < last <= 31 or last <= month:
                continue
            if month in (7, 12) and word_before(text, m.start(), ",.:") not in _HEADING_WORDS:
                continue
            out.append(Entity.of(PhiType.DATE, m))
    if "." in text and _DOTTED_MONTH.search(text) is not None:
        out.extend(Entity.of(PhiType.DATE, m, "v") for m in _VISIT_DAY.finditer(text))
    return out
