"""A month and day written with a space between them in a note typed without punctuation, after
a verb of a clinical event: "ADMITTED 4 2 FOR CHF", "seen 11 3 by cards", "EXTUBATED 12 30". Only
there is "4 2" a date; a count, a dose or a reading after the pair ("ADMITTED 2 3 DAYS AGO", "STARTED
4 2 MG", "SEEN 2 3 TIMES") stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

# the pair, then what may not follow it: a count's unit, a dose, another number
_PAIR: Final = re.compile(
    r"\d(?<![\w.:/\-]\d)\d?[ \t]\d\d?"
    r"(?![ \t]*(?:\d|[./:\-%]|(?i:x\b|mg|mcg|ml|l\b|units?|days?|d\b|wks?|weeks?|mos?\b|months?|yrs?|years?"
    r"|hrs?|hours?|mins?|minutes?|times|tabs?|doses?|puffs?|pm\b|am\b|of\b|out\b|or\b|to\b|and\b)))"
)
# (a month, then a day of a month)
_MONTH_DAY: Final = re.compile(r"(?:1[0-2]|0?[1-9])[ \t](?:3[01]|[12]\d|0?[1-9])")
# a verb of a clinical event right before it ("ADMITTED 4 2", "seen on 11 3")
_EVENT_BEFORE: Final = re.compile(
    r"\b(?i:admitted|admit|readmitted|discharged|transferred|seen|intubated|extubated|diagnosed|"
    r"operated|delivered|born|arrived|presented|fell|started|stopped)[ \t]+(?:(?i:on)[ \t]+)?\Z"
)
_DIGIT_PAIR: Final = re.compile(r"\d[ \t]\d")


def event_date_spans(text: str) -> list[Entity]:
    if not _DIGIT_PAIR.search(text):
        return []
    return [
        Entity.of(PhiType.DATE, m)
        for m in _PAIR.finditer(text)
        if _MONTH_DAY.fullmatch(m.group()) is not None
        and _EVENT_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None
    ]
