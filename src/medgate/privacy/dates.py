"""Put back dates a model wrote in another format than the surrogate it was given.

Every date of a request is shifted by one offset. A model that read the surrogate "11/02/2022"
may answer "November 2, 2022" or "2 Nov": any date in the answer whose value is one of the
surrogate dates is shifted back and written in the model's format. Dates the model made up
itself (not a surrogate's value) are left alone. In streams, a run of date-like words at the end
of the text so far is held back until it is complete.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from typing import Final

from medgate.privacy.engine import Engine
from medgate.privacy.recognizers.date import DateRecognizer
from medgate.privacy.surrogates import _MONTH_INDEX, _TEXT_DATE, MONTHS, _year, shift_date

DateKey = tuple[int | None, int, int | None]  # (year, month, day); None where not written

_FINDER: Final = Engine((DateRecognizer,))
# One date-like token: a number, a month name, "of", or separators between them.
_DATEISH: Final = re.compile(
    r"\d{1,4}(?:st|nd|rd|th)?|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"|of|[ ,./\-]"
)
_TOKENS: Final = re.compile(r"\d+(?:st|nd|rd|th)?|[^\W\d_]+\.?|\s|.")
_HOLD: Final = 32  # no date is longer than this
_MONTHS: Final = tuple(m.lower() for m in MONTHS)


def date_key(value: str) -> DateKey | None:
    """The (year, month, day) a date string names, or None if it is not a date."""
    if all(c.isdigit() or c in "/-." for c in value):
        nums = re.split(r"[/\-.]", value)
        try:
            if len(nums) == 3 and len(nums[0]) == 4:
                return int(nums[0]), int(nums[1]), int(nums[2])
            if len(nums) == 3:
                a, b = int(nums[0]), int(nums[1])
                mo, d = (a, b) if a <= 12 else (b, a)
                return _year(nums[2]), mo, d
            if len(nums) == 2:
                return None, int(nums[0]), int(nums[1])
        except ValueError:
            return None
        return None
    m = _TEXT_DATE.match(value)
    if m is None or m.group("pre"):
        return None
    month = _MONTH_INDEX.get(m.group("mon")[:3].lower())
    if month is None:
        return None
    day = m.group("d1") or m.group("d2")
    year = m.group("y")
    return (_year(year) if year else None), month, (int(day) if day else None)


def same_date(found: DateKey, surrogate: DateKey) -> bool:
    """`found` names the surrogate date, as far as `found` says (a missing year or day matches)."""
    return all(f is None or f == s for f, s in zip(found, surrogate, strict=True)) and (
        found[2] is not None or found[0] is not None
    )


def restore_dates(
    text: str, surrogates: list[DateKey], offset_days: int, *, keep: Collection[str] = ()
) -> str:
    """Shift back every date in `text` whose value is one of `surrogates` (dates equal to a
    string in `keep`, the originals already put back, stay as they are)."""
    if not surrogates or not text:
        return text
    out: list[str] = []
    last = 0
    for e in _FINDER.detect(text):
        if e.text in keep:
            continue
        key = date_key(e.text)
        match = next((s for s in surrogates if key is not None and same_date(key, s)), None)
        if key is None or match is None:
            continue
        back = shift_date(e.text, _back_days(key, match, offset_days))
        if back is None:
            continue
        out += [text[last : e.start], back]
        last = e.end
    out.append(text[last:])
    return "".join(out)


def _back_days(found: DateKey, surrogate: DateKey, offset_days: int) -> int:
    """Days to move `found` by so it names the original date. Without a year in `found`,
    shift_date counts in the year 2000: use the surrogate's own year to count the days."""
    if found[0] is not None or surrogate[0] is None or surrogate[2] is None:
        return -offset_days
    sur = dt.date(surrogate[0], surrogate[1], surrogate[2])
    orig = sur - dt.timedelta(days=offset_days)
    try:
        return (dt.date(2000, orig.month, orig.day) - dt.date(2000, sur.month, sur.day)).days
    except ValueError:  # 29 February: fall back to the plain offset
        return -offset_days


def held_tail(text: str) -> int:
    """Where a trailing run of date-like tokens starts (len(text) if there is none)."""
    base = max(0, len(text) - _HOLD)
    tokens = list(_TOKENS.finditer(text, base))
    start = len(text)
    for n, m in enumerate(reversed(tokens)):
        word = m.group()
        # the last token may still be growing into a month name ("Ap" → "April")
        growing = n == 0 and word.isalpha() and any(mon.startswith(word.lower()) for mon in _MONTHS)
        if not (growing or _DATEISH.fullmatch(word)):
            break
        if m.group()[0].isalnum():
            start = m.start()
    if start == len(text) or (tokens and start == tokens[0].start() and base > 0):
        return len(text)  # nothing date-like at the end, or a run too long to be one date
    return start
