"""A day of the year told by its feast or holiday, which names a month and a day as surely as digits
do: a saint's day ("St. Brigid's Day", "Saint Andrew's Day", "St Patricks Day"), Christmas Day and
Eve, Boxing Day, New Year's Day and Eve. "St. Luke's Hospital", "over Christmas", "a new day", a
hospital's "St. Anne's Day Unit" stay (no day named)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

# a hospital's day ward or unit, not a feast ("St. Anne's Day Unit", "St Enda's day ward")
_DAY_SERVICE = (
    r"(?i:ward|wards|unit|units|cent(?:re|er)|hospital|surgery|clinic|care|case|cases|room|beds?|services?|theatres?"
    r"|programme|program|patients?|procedure)\b"
)
_FEAST: Final = re.compile(
    r"(?<![\w.])(?:(?:St\.?|ST\.?|Saint|SAINT)[ \t]+[A-Z][A-Za-z]+(?:'s|’s|s|'S|S)?"
    r"|Christmas|CHRISTMAS|Boxing|BOXING|New[ \t]+Year(?:'s|’s|s)?|NEW[ \t]+YEAR(?:'S|’S|S)?)"
    rf"[ \t]+(?:Day|DAY|day)(?!\w)(?![ \t]+{_DAY_SERVICE})"
    r"|(?<![\w.])(?:Christmas|CHRISTMAS|New[ \t]+Year(?:'s|’s|s)?|NEW[ \t]+YEAR(?:'S|’S|S)?)[ \t]+(?:Eve|EVE)(?!\w)"
)


# the day's word first (a space, a literal the engine skips to), then the feast read back before it
_DAY_WORD: Final = re.compile(r" (?:Day|DAY|day|Eve|EVE)(?!\w)")


def feast_day_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    for d in _DAY_WORD.finditer(text):
        m = _FEAST.search(text, max(0, d.start() - 30), d.end() + 16)  # (room for what follows the day)
        if m is not None and m.end() == d.end():
            out.append(Entity.of(PhiType.DATE, m))
    return out
