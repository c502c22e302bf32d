"""A shift's or an entry's heading that opens a line with its month and day, dashed, then the hour
("10-22, 10PM", "3-7 22:00", "11-30, 0700H" in nurses' notes): the time after the pair makes it a
date, where "10-12 mg", "2-3 times" or "BP 4-6" (no hour, or not at a line's start) stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.line_starts import line_finditer
from medgate.privacy.types import Entity, PhiType

# the month and day (1-12, 1-31), a comma or a space, then an hour: with AM/PM, with a colon, or
# four digits with an H (military time, as Philippine and US charts write it)
_HEADING: Final = re.compile(
    r"(?m:^)[ \t]*(?P<v>(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01]))(?![\d-]),?[ \t]+"
    r"(?:\d{1,2}(?::\d{2})?[ \t]?(?i:[ap]\.?m\b\.?)|\d{1,2}:\d{2}\b|\d{4}[ \t]?(?i:h|hrs?)\b)"
)


def timed_heading_spans(text: str) -> list[Entity]:
    if "-" not in text:
        return []
    return [Entity.of(PhiType.DATE, m, "v") for m in line_finditer(_HEADING, text)]
