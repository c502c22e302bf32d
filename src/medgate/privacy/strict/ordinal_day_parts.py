"""A day of the month said bare, by its ordinal, before a part of the day after "on", "by",
"till" or "from": "can I come on 26th morning?", "by 12th evening", "from 3rd night". The ordinal
names a date of the writer's own month. An ordinal before other words ("on 2nd line", "5th floor",
"3rd day of fever"), a counted night or morning of a stay ("on 3rd night of admission", "on 2nd
morning post-op") or a dose ("1st am dose") stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

# the ordinal read back from the part of the day (found by a literal search: no scan of the note)
_DAY_BEFORE: Final = re.compile(
    r"(?i:\b(?:on|by|till|until|from))[ ](?P<v>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))[ ]\Z"
)
# (a night or a morning counted in a stay is no date: "on 3rd night of admission", "2nd morning post-op")
_COUNTED_AFTER: Final = re.compile(r"[ ](?:of|post|after|since|in)\b|[ ]?[-]?(?:post|po)\b")
_PARTS: Final = ("morning", "evening", "afternoon", "night", "noon")


def ordinal_day_part_spans(text: str) -> list[Entity]:
    low = lowered(text)
    out: list[Entity] = []
    for part in _PARTS:
        key = " " + part
        at = low.find(key)
        while at >= 0:
            start = at + len(key) - len(part)  # (where the part of the day begins)
            after = start + len(part)
            if after == len(low) or not low[after].isalnum():
                m = _DAY_BEFORE.search(text, max(0, start - 12), start)
                if m is not None and _COUNTED_AFTER.match(low, after) is None:
                    out.append(Entity.of(PhiType.DATE, m, "v"))
            at = low.find(key, at + 1)
    return sorted(out, key=lambda e: e.start)
