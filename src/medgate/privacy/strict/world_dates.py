"""Numeric dates in other countries' shapes, with their year: a space after each dot ("9. 4. 2025",
Czech and Slovak), a year joined by a dash ("6/3-2025", Scandinavian), a month abbreviation between
two like separators in English or another language ("14/feb/1972", "22/ago/1965", "05-okt-2023"),
and Japanese era dates ("S23.7.4": Showa 23)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.strict.numbers import DAY_DIGITS, UNITS_AFTER
from medgate.privacy.text import word_before
from medgate.privacy.types import Entity, PhiType

# A month's abbreviation: an English one, or the first three letters of a month name patients write
# in another language ("ago" for agosto, "okt" for oktober), and two that are not prefixes (French
# "juil", Dutch "mrt").
_MONTH_ABBREVIATIONS: Final = (
    {m for m in cues.MONTHS if len(m) <= 4} | {m[:3] for m in cues.FOREIGN_MONTHS} | {"juil", "mrt"}
)
_WORLD_DATE: Final = re.compile(
    rf"(?P<d>{DAY_DIGITS})(?:\.[ ](?P<m>\d\d?)\.[ ]?(?:19|20)\d\d|/(?P<m2>\d\d?)-(?:19|20)\d\d"
    rf"|(?P<s>[/\-])(?i:{'|'.join(map(re.escape, sorted(_MONTH_ABBREVIATIONS, key=len, reverse=True)))})"
    r"(?P=s)(?:(?:19|20)\d\d|\d\d))(?![\w/\-]|[.,]\d)"
)

_ERA_YEARS: Final = {"M": 45, "T": 15, "S": 64, "H": 31, "R": 20}  # Meiji, Taisho, Showa, Heisei, Reiwa
_VERSION_WORDS: Final = frozenset({"version", "ver", "v", "rev", "release", "firmware", "software", "build"})
_ERA_DATE: Final = re.compile(r"[MTSHR](?<![\w.][MTSHR])(?P<y>\d\d?)\.(?P<m>\d\d?)\.(?P<d>\d\d?)(?![\w]|\.\d)")


def world_dates(text: str) -> list[Entity]:
    """Both shapes' dates, day, month and era year in range."""
    out: list[Entity] = []
    if "/" in text or "-" in text or ". " in text:
        for m in _WORLD_DATE.finditer(text):
            month = m.group("m") or m.group("m2")
            if 1 <= int(m.group("d")) <= 31 and (month is None or 1 <= int(month) <= 12) \
                    and not UNITS_AFTER.match(text, m.end()):
                out.append(Entity.of(PhiType.DATE, m))
    for m in _ERA_DATE.finditer(text) if "." in text else ():
        if 1 <= int(m.group("y")) <= _ERA_YEARS[m.group()[0]] and 1 <= int(m.group("d")) <= 31 \
                and 1 <= int(m.group("m")) <= 12 and word_before(text, m.start()) not in _VERSION_WORDS:
            out.append(Entity.of(PhiType.DATE, m))  # (not "firmware version S1.2.3")
    return out
