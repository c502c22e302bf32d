"""A day of the month said bare, by its ordinal, before a part of the day: "can I come on 26th
morning?", "flight 12th evening", "from 3rd night". The ordinal names a date of the writer's own
month. An ordinal before other words ("on 2nd line", "5th floor", "3rd day of fever", "2nd
dose") stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_DAY_PART: Final = re.compile(
    r"(?<![\w/.\-])(?P<v>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))[ ](?i:morning|evening|afternoon|night|noon|am|pm)\b"
)
_CUES: Final = ("morning", "evening", "afternoon", "night", "noon", " am", " pm")


def ordinal_day_part_spans(text: str) -> list[Entity]:
    low = lowered(text)
    if not any(c in low for c in _CUES) or not any(k in low for k in ("st ", "nd ", "rd ", "th ")):
        return []
    return [Entity.of(PhiType.DATE, m, "v") for m in _DAY_PART.finditer(text)]
