"""How far a date the detectors found reaches: the weekday written before it ("Sat 2/14", "tues the
9th", "jueves 6 de marzo", "thứ 6 ngày 21/3"), the day that closes a range after it ("Feb 17-22"),
and the year after a day told in words ("April third 2019"). Each narrows the date, so it is
masked with it."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.strict.dates import DAY_BEFORE_NUMBER
from medgate.privacy.text import word_before, word_start_before
from medgate.privacy.types import Entity, PhiType

# Before a date already found, "mon" too, and "Sat", "Sun" capitalised (lower case they are too
# often a saturation and the sun)
# (and the short weekdays of Portuguese, Spanish and French forms: "Qua, 18/06/2025", "jue. 6/3")
_WEEKDAY_BEFORE_DATE: Final = DAY_BEFORE_NUMBER | {"mon"} | {
    "seg", "ter", "qua", "qui", "sex", "sáb", "sab", "dom", "lun", "mié", "mie", "jue", "vie", "mer", "jeu", "ven", "sam", "dim",
}  # fmt: skip
# Words between a weekday and the date after it: "Tuesday the 9th", "Sat, 2/14", "thứ 6 ngày 21/3".
_WEEKDAY_GAP: Final = re.compile(r"[ \t]*[.,]?[ \t]+(?:(?i:the|ngày|den|der|le|el|o)[ \t]+)?\Z")
_VIET_WEEKDAY: Final = re.compile(r"(?i:thứ[ \t]+(?:[2-7]|hai|ba|tư|năm|sáu|bảy)|chủ[ \t]+nhật)\Z")
# Dutch weekday shorthand ("di" is also Italian "of", "do" English: read only before a month in words)
_DUTCH_SHORT_DAYS: Final = frozenset({"ma", "di", "wo", "do", "vr", "za", "zo"})
_MONTH_WORD: Final = re.compile(r"[^\W\d_]{3,}")  # (a month in words: "mei", "juli"; not "12th")
_SLASH_DAY_MONTH: Final = re.compile(r"\d{1,2}/\d{1,2}")
_YEAR_AFTER: Final = re.compile(r",?[ \t]+(?:19|20)\d{2}\b(?![/:]\d|[.,]\d)")
_DAY_PREPS_BEFORE: Final = frozenset({"for", "on", "this", "next", "by", "till", "until", "from"})
_RANGE_END: Final = re.compile(r"[ ]?[-–][ ]?(?P<d>\d{1,2})(?![\d/:\-]|[.,]\d|[ ]?(?i:[ap]\.?m|h|hrs?|mins?)\b)")


def whole_dates(text: str, found: list[Entity]) -> list[Entity]:
    """Each date with the weekday written before it ("Sat 2/14", "tues the 9th", "jueves 6 de
    marzo", "thứ 6 ngày 21/3"): the weekday narrows the date, so it is masked with it; and with
    the day that closes a range after it ("Feb 17-22", "3–5 March" is found whole already)."""
    out = list(found)
    for k, e in enumerate(found):
        if e.type is not PhiType.DATE:
            continue
        start, end = e.start, e.end
        if start:
            gap = _WEEKDAY_GAP.search(text, max(0, e.start - 8), e.start)
            cut = gap.start() if gap else e.start
            word = word_before(text, cut, "")
            ws = word_start_before(text, cut, "")
            if word in _WEEKDAY_BEFORE_DATE or (
                word in ("sat", "sun")
                and (
                    text[ws].isupper()
                    or (text[cut : e.start] == " " and word_before(text, ws, "") in _DAY_PREPS_BEFORE)
                    or (text[cut : e.start] == " " and _SLASH_DAY_MONTH.fullmatch(e.text) is not None)
                )
            ):  # ("Sat 2/14", "for sat 10/19", "swap you sat 3/8"; not "I sat 2 hours")
                start = ws
            elif word in _DUTCH_SHORT_DAYS and text[cut : e.start] == " " and _MONTH_WORD.search(e.text):
                start = ws  # "di 21 mei", "vr 3 juni": Dutch weekday shorthand before a month in words
            elif word in cues.POLISH_WEEKDAY_ABBREVS and text[cut : e.start].startswith("."):
                start = ws  # "czw. 12.12", "pt. 03.01": with its dot ("pt 12/03" is the patient)
            else:
                viet = _VIET_WEEKDAY.search(text, max(0, cut - 10), cut)
                if viet:
                    start = viet.start()
            if start and text[start - 1].isalnum():
                start = e.start
        if e.text[-1:].isalpha() and (year := _YEAR_AFTER.match(text, e.end)):
            end = year.end()  # a day told in words, then its year: "April third 2019"
        if e.text[-1:].isdigit() and (rng := _RANGE_END.match(text, e.end)):
            first = int(re.search(r"\d{1,2}\Z", e.text).group())  # type: ignore[union-attr]
            if first < int(rng.group("d")) <= 31:
                end = rng.end()
        if (start, end) != (e.start, e.end):
            out[k] = Entity(PhiType.DATE, start, end, text[start:end])
    return out
