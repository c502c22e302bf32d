"""Dates in shapes the numeric and month-name rules miss: a court's or a deed's ordinal day ("the
3rd day of March, 2026", "Dated this 21st day of June"), a day and a month cut to four letters in
another language ("22 févr.", "9 janv"), and a day of a month of the Hijri calendar ("3 Syawal
1446H", "12 Rabiul Awal 1447 AH"), as mosque notices, Gulf and Malaysian letters write them."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.types import Entity, PhiType

_MONTH: Final = "|".join(sorted((m for m in cues.MONTHS if len(m) > 2), key=len, reverse=True))
# four-letter cuts of other languages' month names ("févr", "janv", "juil"); the whole names are
# world_dates' and dates' own
_CUT: Final = "|".join(
    sorted({m[:4] for m in cues.FOREIGN_MONTHS if len(m) > 4 and not m[:4].isascii()} | {"janv", "juil", "avr"}, key=len, reverse=True)
)
# The twelve Hijri months as Malay, Indonesian and English transliterate them (a closed list)
_HIJRI: Final = (
    r"muharr?am|safar|rabi(?:['’]?u)?l[ \-]?awal|rabi(?:['’]?u)?l[ \-]?akh[ie]r|rabi(?:['’]?u)?th[ \-]?thani|"
    r"jamadi?(?:['’]?u)?l[ \-]?awal|jamadi?(?:['’]?u)?l[ \-]?akh[ie]r|jumada[ \-]al[ \-]?(?:ula|akhira)|"
    r"re?jab|ra?jab|s[yh]a['’]?a?ban|ramadh?an|s[yh]aww?a?l|zulkaedah|zulkaidah|dhu[ \-]al[ \-]?qa['’]?dah|"
    r"zulhijjah|dhu[ \-]al[ \-]?hijjah"
)
# Every match starts with a digit, which the regex engine skips to: each alternative is written
# after it (\b before a digit: no word character before it; then the day's second digit, if any).
_FORMAL: Final = re.compile(
    rf"\d(?:(?<!\w.)\d?(?i:(?:st|nd|rd|th)[ \t]+day[ \t]+of[ \t]+(?:{_MONTH})\b\.?(?:,?[ \t]+\d{{4}})?)"
    rf"|(?<![\w/.].)\d?[ \t]+(?i:{_CUT})\b\.?"
    rf"|(?<![\w/.].)\d?[ \t]+(?i:{_HIJRI})\b(?:[ \t]+1[34]\d\d[ \t]*(?:H|AH|A\.H\.)?\b)?)"
)


def formal_date_spans(text: str) -> list[Entity]:
    return [Entity.of(PhiType.DATE, m) for m in _FORMAL.finditer(text)]
