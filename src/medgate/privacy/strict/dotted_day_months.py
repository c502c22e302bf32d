"""A day and month written with a dot, as UK and European nurses head a shift: opening a line
("22.11 Pt: ...", "03.04 - settled night", "5.12 nights") or closing a shift's header line after a
comma or dash ("Night shift 20:00-08:00, 22.11"). Anywhere else "12.5" is a reading, so only those
two places count, and only a valid day and month."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.line_starts import line_finditer
from medgate.privacy.types import Entity, PhiType

_DAY_MONTH: Final = r"(?P<v>(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2]))(?![\d.]|[.,]\d)"
_OPENING: Final = re.compile(
    r"(?m:^)[ \t]*" + _DAY_MONTH
    + r"(?=[ \t]*(?:[-–:][ \t]|,[ \t])|[ \t]+(?i:pt|patient|night|nights|day|days|late|early|shift)\b)"
)
_CLOSING: Final = re.compile(r"(?:,|[ \t][-–—])[ \t]*" + _DAY_MONTH + r"[ \t]*(?m:$)")
# what every closing date holds, found from a digit (the scan above is led by every space)
_DOTTED_AT_LINE_END: Final = re.compile(r"\d\.\d\d?[ \t]*(?m:$)")
# the header a closing date needs: a shift word or a clock time's range on its line
_SHIFT_LINE: Final = re.compile(r"(?i:\b(?:shift|nights?|days|handover|lates?|earlies)\b)|\d\d:?\d\d[ \t]*[-–][ \t]*\d\d:?\d\d")


def dotted_day_month_spans(text: str) -> list[Entity]:
    if "." not in text:
        return []
    out = [Entity.of(PhiType.DATE, m, "v") for m in line_finditer(_OPENING, text)]
    for m in _CLOSING.finditer(text) if _DOTTED_AT_LINE_END.search(text) else ():
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _SHIFT_LINE.search(text, line_start, m.start()) is not None:
            out.append(Entity.of(PhiType.DATE, m, "v"))
    return out
