"""Dates in shapes the numeric and month-name rules miss: a court's or a deed's ordinal day ("the
3rd day of March, 2026", "Dated this 21st day of June"), a day and a month cut to four letters in
another language ("22 févr.", "9 janv"), and a day of a month of the Hijri calendar ("3 Syawal
1446H", "12 Rabiul Awal 1447 AH", "11 Rabi ul Awal"), as mosque notices, Gulf and Malaysian letters
write them, a day of a month of the Iranian (Solar Hijri) calendar ("21 Mehr 1334", "3 Esfand"), and
a month and day in Chinese, Japanese or Korean numerals-and-units ("5月2日", "2024年5月2日", "5월 2일")."""

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
# ("Rabi ul Awwal", "Rabi' al-Thani", "Jumada al-Awwal", "Jamadi ul Akhir", "Dhul Hijjah", "Zul Qadah")
_HIJRI: Final = (
    r"muharr?am|safar|rabi['’]?(?:[ '’\-]?u)?l[ \-]?aww?a?l|rabi['’]?(?:[ '’\-]?u)?l[ \-]?akh[ie]r|rabi['’]?(?:[ '’\-]?u)?th[ \-]?thani|"
    r"rabi['’]?[ \-]al[ \-]?aww?al|rabi['’]?[ \-]a[lts][ \-]?(?:akhir|th?ani)|"
    r"ja?madi?(?:[ '’\-]?u)?l[ \-]?aww?a?l|ja?madi?(?:[ '’\-]?u)?l[ \-]?akh[ie]r|"
    r"jumad[ae][ \-]al[ \-]?(?:ula|akhira|aww?al|awwal|th?ani|akhir)|"
    r"re?jab|ra?jab|s[yh]a['’]?a?ban|ramadh?an|ramzan|s[yh]aww?a?l|zulkaedah|zulkaidah|"
    r"(?:dhu|zu)(?:[ \-]?al|l)?[ \-]?q[ae]['’]?a?dah?|(?:dhu|zu)(?:[ \-]?al|l)?[ \-]?hijj?ah?"
)
# The twelve months of the Iranian calendar, as Persian is romanised; the short ones that are words or
# names elsewhere ("Tir", "Dey", "Mehr", "Aban", "Azar") only with a year of that calendar after them
_SOLAR: Final = (
    r"(?:farvardin|ordibehesht|khordad|a?mordad|shahrivar|bahman|esfand)\b(?:[ \t]+1[34]\d\d\b)?"
    r"|(?:tir|dey|mehr|aban|azar)[ \t]+1[34]\d\d\b"
)
# Every match starts with a digit, which the regex engine skips to: each alternative is written
# after it (\b before a digit: no word character before it; then the day's second digit, if any).
_FORMAL: Final = re.compile(
    rf"\d(?:(?<!\w.)\d?(?i:(?:st|nd|rd|th)[ \t]+day[ \t]+of[ \t]+(?:{_MONTH})\b\.?(?:,?[ \t]+\d{{4}})?)"
    rf"|(?<![\w/.].)\d?[ \t]+(?i:{_CUT})\b\.?"
    rf"|(?<![\w/.].)\d?[ \t]+(?i:{_HIJRI})\b(?:[ \t]+1[34]\d\d[ \t]*(?:H|AH|A\.H\.)?\b)?"
    rf"|(?<![\w/.].)\d?[ \t]+(?i:{_SOLAR})"
    # (CJK: a year's, month's and day's unit after each number; no boundary, the script has no spaces)
    r"|(?<!\d.)\d{0,3}[ \t]?[年년][ \t]?\d{1,2}[ \t]?[月월][ \t]?\d{1,2}[ \t]?[日일]"
    r"|(?<!\d.)\d?[ \t]?[月월][ \t]?\d{1,2}[ \t]?[日일])"
)


def formal_date_spans(text: str) -> list[Entity]:
    return [Entity.of(PhiType.DATE, m) for m in _FORMAL.finditer(text)]
