"""Dates as continental Europe writes them that the other rules miss: a day and month without a
year in a chat's timestamp ("[04.11, 08:15]") or after a word that leads a date ("am 7.5.", "den
14.06.", "le 03.02", "od 21.09"); a day, a dot and a month name ("fredag 4. april"); two days of one
month ("4 et 5 avril", "8 und 9 Mai"); a month and year in another language, a Roman month with its
year after "since" or "from" ("od VII 2023") and two months of one year ("Juni/Juli 2024")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.types import Entity, PhiType

_DAY: Final = r"(?:0?[1-9]|[12]\d|3[01])"
_MON: Final = r"(?:0?[1-9]|1[0-2])"
# The scans that start with a day start from its first digit, which the regex engine skips to:
# _DAY_REST is the rest of _DAY after that digit, trying the same readings in the same order.
_DAY_REST: Final = r"(?:(?<=0)[1-9]|(?<=[1-9])|(?<=[12])\d|(?<=3)[01])"
# a day.month before a clock time, as chat exports stamp each message
_STAMPED: Final = re.compile(rf"[0-9](?<![\w.,/:].){_DAY_REST}\.(?:{_MON})\.?(?=,?[ ](?:[01]?\d|2[0-3]):[0-5]\d\b)")
_LEAD_WORDS: Final = (
    "den|am|vom|bis|ab|seit|le|du|au|dès|el|del|desde|hasta|il|dal|al|fino|dnia|dn|od|do|d|tot|vanaf|op"
    "|fra|til|från|din|până|pe|în"
)
_ENGLISH_LEAD: Final = "on|from|until|till|since|by"
# after a leading word: a day.month with its closing dot ("am 7.5."), or both in two digits ("od 21.09");
# after an English one only the two-digit shape ("from 1.2." is a reading)
# (from the first digit, which the regex engine skips to; each reading marks itself with an empty
# group at its end: a group around it would hide the digit from the engine)
_LED_VALUE: Final = re.compile(
    rf"[0-9](?<![\w.,/:].)(?:{_DAY_REST}\.{_MON}\.(?![\w]|[.,]\d)(?P<v>)|(?<=[0-3])\d\.[01]\d\.?(?![\w%]|[.,]\d)(?P<e>))"
)
_LED_BEFORE: Final = re.compile(rf"(?i:\b(?:{_LEAD_WORDS})\.?[ ])\Z")
_ENGLISH_BEFORE: Final = re.compile(rf"(?i:\b(?:{_ENGLISH_LEAD})[ ])\Z")
_DOSE_AFTER: Final = re.compile(r"[ ]?(?i:mg|ml|g|mmol|kg)\b")
_MONTH_WORDS: Final = sorted(
    set(cues.MONTHS) | set(cues.FOREIGN_MONTHS) | {"augusti", "maj", "desember", "mars", "marzo", "märz"},
    key=len,
    reverse=True,
)
_MONTH: Final = "(?:" + "|".join(map(re.escape, _MONTH_WORDS)) + ")"
# "4. april", "19. mars": a dotted day before a month name (Scandinavian, German)
_DOTTED_DAY_MONTH: Final = re.compile(rf"[0-9](?<![\w.,].)(?i:{_DAY_REST}\.[ ]{_MONTH})\b")
# "4 et 5 avril": the first of two days that share a month
_TWO_DAYS: Final = re.compile(
    rf"[0-9](?<![\w.,/].)(?i:{_DAY_REST}\.?[ ](?:et|and|&|y|e|und|og|och|i|a|en|und)[ ]{_DAY}\.?[ ]{_MONTH})\b"
)
# a month (or two) and a year: "marzo 2025", "fevereiro de 2025", "Juni/Juli 2024"
_YEAR: Final = re.compile(r"[12](?<!\w.)(?:(?<=1)9|(?<=2)0)\d\d(?![\w])")
_MONTH_BEFORE_YEAR: Final = re.compile(
    rf"(?<![\w])(?i:{_MONTH}(?:[ ]?/[ ]?{_MONTH})?\.?(?:[ ](?:de|del|di))?[ ])\Z"
)
# a weekday before a day and month ("fredag 4. april", "joi, 3 aprilie"), taken in with the date
_DAY_MONTH: Final = re.compile(rf"[0-9](?<![\w.,/].)(?i:{_DAY_REST}\.?[ ](?:de[ ])?{_MONTH})\b")
_WEEKDAY_BEFORE: Final = re.compile(
    rf"(?i:\b(?:{'|'.join(sorted(cues.FOREIGN_WEEKDAYS, key=len, reverse=True))}),?[ ](?:den[ ]|le[ ]|il[ ])?)\Z"
)
_ROMAN_YEAR: Final = re.compile(
    r"(?i:\b(?:od|since|from|w|in|seit|depuis|desde|dal|din|until|do|to|till|bis|z|ze))[ ]"
    r"(?P<v>(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)[ .](?:19|20)\d\d)(?![\w])"
)
_ROMAN_YEAR_CUE: Final = re.compile(r"[IVX][ .](?:19|20)\d\d")  # (every Roman month's match holds it)


def europe_date_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    if "." in text:
        out.extend(Entity.of(PhiType.DATE, m) for m in _STAMPED.finditer(text))
        for m in _LED_VALUE.finditer(text):  # (found from the digits, the leading word read back)
            lo = max(0, m.start() - 12)
            led = _LED_BEFORE.search(text, lo, m.start()) is not None
            if m.lastgroup == "e":  # (two digits each: an English word may lead too; no dose after)
                led = _DOSE_AFTER.match(text, m.end()) is None and (
                    led or _ENGLISH_BEFORE.search(text, lo, m.start()) is not None
                )
            if led:
                out.append(Entity.of(PhiType.DATE, m))
        out.extend(Entity.of(PhiType.DATE, m) for m in _DOTTED_DAY_MONTH.finditer(text))
    out.extend(Entity.of(PhiType.DATE, m) for m in _TWO_DAYS.finditer(text))
    for m in _YEAR.finditer(text):  # (found from the year, the month read back)
        if b := _MONTH_BEFORE_YEAR.search(text, max(0, m.start() - 40), m.start()):
            out.append(Entity(PhiType.DATE, b.start(), m.end(), text[b.start() : m.end()]))
    if _ROMAN_YEAR_CUE.search(text):
        out.extend(Entity.of(PhiType.DATE, m, "v") for m in _ROMAN_YEAR.finditer(text))
    for m in _DAY_MONTH.finditer(text):
        if w := _WEEKDAY_BEFORE.search(text, max(0, m.start() - 22), m.start()):
            out.append(Entity(PhiType.DATE, w.start(), m.end(), text[w.start() : m.end()]))
    return out
