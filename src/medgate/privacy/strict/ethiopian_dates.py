"""Dates in the Ethiopian calendar, as patients and families from Ethiopia write them: one of its
thirteen month names before or after a day number ("on Tir 12", "since Hidar 5", "12 Meskerem",
"Ginbot 3, 2016"). A month name alone is kept: "Sene" and "Tir" are names and words too, so only
the day next to it makes it a date."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.numbers import DAY_DIGITS, UNITS_AFTER
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_start

# The calendar's twelve thirty-day months and Pagume, the short thirteenth (a closed list, as Japan's eras are)
_MONTHS: Final = (
    "meskerem", "tikimt", "tikemt", "hidar", "tahsas", "tir", "yekatit", "megabit", "miyazya", "ginbot",
    "sene", "hamle", "nehase", "pagume", "pagumen",
)  # fmt: skip
_MONTH: Final = word_start(sorted(_MONTHS, key=len, reverse=True))
_YEAR: Final = r"(?:,?[ \t]+(?:19|20)\d\d(?!\d))?"
_RX: Final = re.compile(
    r"(?P<n>" + _MONTH + r")[ \t]+(?P<d>" + DAY_DIGITS + r")(?!\d|[.,:/]\d|\w)" + _YEAR
    + r"|(?P<e>" + DAY_DIGITS + r")[ \t]+(?P<o>" + _MONTH + r")(?![\w\-])" + _YEAR
)
# a span of time after the number ("Sene 7 years"), not a day
_SPAN_AFTER: Final = re.compile(r"[ \t]*(?i:years?|yrs?|months?|weeks?|wks?|days?|hours?|hrs?|times)\b")


def ethiopian_date_spans(text: str) -> list[Entity]:
    low = text.lower()
    if not any(name in low for name in _MONTHS):  # (a cheap gate: most texts hold none)
        return []
    out = []
    for m in _RX.finditer(text):
        day = int(m.group("d") or m.group("e"))
        month = m.group("n") or m.group("o")
        # (not in capitals: "TIR 2" is a glucose monitor's time in range; the short "Tir" and "Sene"
        # only with their capital: "2 tir tablets" is a brand)
        if 1 <= day <= 30 and not month.isupper() and (len(month) > 4 or month[0].isupper()) \
                and not UNITS_AFTER.match(text, m.end()) \
                and not _SPAN_AFTER.match(text, m.end()):
            out.append(Entity.of(PhiType.DATE, m))
    return out
