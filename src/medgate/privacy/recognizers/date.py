"""Dates: every element more specific than the year, in the common written forms.

Bare years are not PHI. Month/day without a year ("3/14") is taken only after a cue ("on 3/14",
"since 3/14", "(3/14)", "3/14:") and never before "tab", "strength", "murmur" or a pain scale, so
fractions such as 1/2 tab, 5/5 strength, 2/6 murmur and 7/10 pain survive.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import ClassVar, Final

from medgate.privacy.fraction_amounts import amount_not_date
from medgate.privacy.recognizers.base import Pattern, Recognizer, Span
from medgate.privacy.recognizers.common import MONTH
from medgate.privacy.types import PhiType

DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"
ORD = r"(?i:st|nd|rd|th)"
NUM_MONTH = r"(?:1[0-2]|0?[1-9])"
YEAR4 = r"(?:1[89]\d\d|20\d\d)"
MD = rf"{NUM_MONTH}[/\-]{DAY}"
# NUM_MONTH where no word character, slash, dot or dash stands before it, read from its first
# digit (a digit first: a scan skips to digits instead of trying the lookbehind everywhere)
LED_MONTH = r"[0-9](?<![\w/.\-][0-9])(?:(?<=1)[0-2]|(?<=0)[1-9]|(?<=[1-9]))"
NOT_FRACTION = (
    r"(?![ \t]*(?i:tabs?\b|tablets?|pills?|caps?\b|strength|murmur|pain|scale|dose|of[ \t]+the|"
    r"in[ \t]+(?:upper|lower|all|bilateral)|bilat|x[ \t]*\d|mm|cm|sec|ratio))"
)
WEEKDAY = r"(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?"
TIME_CUE = (
    r"(?i:am\b|pm\b|a\.m\.|p\.m\.|@|at[ \t]+\d{1,2}(?::\d\d)?[ \t]*(?:am|pm|h)?\b|"
    r"\d{1,2}:\d\d\b|[01]\d[0-5]\d\b|:[ \t])"
)
CUE = (
    r"(?i:\b(?:on|since|from|to|until|till|through|thru|of|dated|by|starting|started|after|"
    r"before|last|next|due|dos|seen|admitted|discharged|date|and|between|effective|scheduled|"
    r"returned|returns|visit|follow-?up|f/u|placed|removed|changed|drawn|collected|done|appt|"
    r"appointment|eval|re-?eval|neg|pos|negative|positive|resulted|expires?|expiry)\b)"
)

# Before a day-first date: the time cues without "to", "and", "of", "through" ("PA 32/15 to 28/11"
# is a pressure)
DM_CUE = (
    r"(?i:\b(?:on|since|from|until|till|dated|by|starting|started|after|before|last|next|due|seen|"
    r"admitted|discharged|date|effective|scheduled|appt|appointment|expires?|expiry)\b)"
)


class DateRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.DATE
    patterns: ClassVar[tuple[Pattern, ...]] = (
        # 2024-03-14, 2024/03/14, 2024-03-14T08:30
        Pattern("iso", rf"\b(?P<v>{YEAR4}[\-/.](?:1[0-2]|0[1-9]|[1-9])[\-/.]{DAY}"
                       r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+\-]\d\d:?\d\d)?)?)(?![\d/])"),  # ISO 8601 time too
        # 03/14/2024, 3-14-24, 14.03.2024 (numeric with year; day-first accepted when day > 12)
        Pattern(
            "numeric",
            r"(?<![\d/.\-])(?P<v>(?:3[01]|[12]\d|0?[1-9])(?P<s>[/\-.])(?:3[01]|[12]\d|0?[1-9])"
            r"(?P=s)(?:\d{4}|\d{2}))(?![\d/]|\.\d)",
        ),
        # 14 Mar 2024, 14-MAR-2024, 14th March, 14 March, 2024
        Pattern(
            "day_month",
            rf"\b(?P<v>{DAY}{ORD}?(?:[ \t]+of)?[ \t\-]*{MONTH}\.?(?:(?:,?[ \t]+|-){YEAR4}|-\d\d)?)\b",
        ),
        # March 14th, 2024 / Mar. 14 / MAR-14-2024
        Pattern(
            "month_day",
            rf"\b(?P<v>{MONTH}\.?[ \t\-]+{DAY}{ORD}?(?:(?:,[ \t]*|[ \t\-]+){YEAR4})?)\b(?![:.]\d)",
        ),
        # 2025-Jan-11, 2025 Jan 11 (a year first with the month as a word)
        Pattern("year_month_day", rf"\b(?P<v>{YEAR4}[\-/ ]{MONTH}\.?[\-/ ]{DAY})\b(?![:.]\d)"),
        # March 2024 / Mar-2024
        Pattern("month_year", rf"\b(?P<v>{MONTH}\.?,?[ \t\-]+{YEAR4})\b"),
        # "on 3/14", "since 3/14-3/16"
        Pattern(
            "cued_md",
            rf"{CUE}[ \t:]+(?P<v>{MD})(?![/\d]|-\d{{2,4}}\b)(?:[ \t]*(?:-|to|through)[ \t]*(?P<w>{MD})(?![/\d]))?"
            + NOT_FRACTION,
        ),
        # day first where the day cannot be a month, after a time cue ("last dose 22/05", "since
        # 17/3"): the cue is checked in `validate`
        Pattern(
            "cued_dm",
            rf"(?P<v>(?:3[01]|2\d|1[3-9])[/\-]{NUM_MONTH})(?![/\d]|-\d)" + NOT_FRACTION,
        ),
        # "(3/14)", "3/14: INR 2.3" at line start
        Pattern("paren_md", rf"\((?P<v>{MD})\)"),
        # "Mon 4/8", "3/14 am", "6/15 @ 1420", "3/21 at 2pm", "3/11: sent"
        Pattern("weekday_md", rf"\b{WEEKDAY}\.?,?[ \t]+(?P<v>{MD})(?![/\d])"),
        Pattern("timed_md", rf"(?<![\w/.\-])(?P<v>{MD})(?=[ \t]*(?:{TIME_CUE}))"),
        Pattern("line_md", rf"(?m:^[ \t]*(?P<v>{MD})(?=[ \t]*[:\-][ \t]))"),
    )
    scans: ClassVar[tuple[Pattern, ...]] = (
        # a shift header "0700-1900  11/20"
        Pattern(
            "shift_md",
            rf"[0-2](?<![\w.][0-2])\d[0-5]\d-[0-2]\d[0-5]\d[ \t]+(?P<v>{MD})(?:-(?P<w>{MD}))?(?![/\d\-])",
            cues=("-",),
        ),
        # a range of two days with no cue: "7/23-7/24", "12/30 - 1/2"; not two scores out of the
        # same maximum ("pain 7/10-8/10", "power 4/5-5/5"), and one day past the 5th ("1/2-3/4")
        Pattern(
            "md_range",
            rf"(?P<v>{LED_MONTH}[/\-](?P<d>{DAY}))[ \t]*[-–][ \t]*"
            rf"(?P<w>{NUM_MONTH}[/\-](?!(?P=d)(?!\d)){DAY})(?![/\d\-])(?:(?<=[6-9])|(?<=[12]\d)|(?<=3[01]))"
            + NOT_FRACTION,
            cues=("-", "–"),
        ),
        # Urdu/Hindi "15 tareekh" ("the 15th"): a day of the month before the word for date
        Pattern(
            "tareekh",
            rf"(?<![\w/.\-])(?P<v>{DAY})[ \t]+(?i:tareekh|tarikh|tareek|tarik)\b",
            cues=("tareek", "tarik"),
        ),
    )

    def validate(self, value: str, text: str, start: int) -> bool:
        if amount_not_date(text, start, start + len(value)):
            return False  # "on 1/2 NS", "by 2-4 breaths", "PSV of 10/5": an amount or a setting
        if _DM.fullmatch(value):  # (only the cued_dm scan finds a day-first pair without a year)
            return _DM_CUE_BEFORE.search(text, max(0, start - 40), start) is not None
        # (a bare day number comes only from the "15 tareekh" scan, whose word makes it a date)
        return any(c.isalpha() for c in value) or _numeric_ok(value) or value.isdigit()

    def post(self, text: str, found: Sequence[Span]) -> Iterable[Span]:
        """Later bare mentions ("3/13" in a table column) of a month/day already found."""
        seen = {
            text[s:e] for t, s, e in found if t is PhiType.DATE and _BARE_MD.fullmatch(text[s:e])
        }
        out: list[Span] = []
        n = len(text)
        for value in seen:  # str.find, not a regex per value: no compile per note
            i = text.find(value)
            while i >= 0:
                j = i + len(value)
                before = text[i - 1] if i else " "
                after = text[j] if j < n else " "
                dot_digit = after == "." and j + 1 < n and text[j + 1].isdigit()
                if not (before.isalnum() or before in "_/.-") and not (
                    after.isalnum() or after in "_/" or dot_digit
                ):
                    out.append((PhiType.DATE, i, j))
                i = text.find(value, i + 1)
        return out


_BARE_MD: Final = re.compile(rf"{MD}")
_DM: Final = re.compile(rf"(?:3[01]|2\d|1[3-9])[/\-]{NUM_MONTH}")
_DM_CUE_BEFORE: Final = re.compile(
    rf"{DM_CUE}[ \t:]+(?:(?i:dose|dosed|given|seen|visit|appt)[ \t:]+)?$"
)


def _numeric_ok(value: str) -> bool:
    parts = [p for p in value.replace("-", "/").replace(".", "/").split("/") if p]
    nums = [int(p) for p in parts if p.isdigit()]
    if len(nums) != len(parts) or len(nums) < 2:
        return False
    if len(parts[0]) == 4:  # year first
        return 1 <= nums[1] <= 12 and 1 <= nums[2] <= 31
    a, b = nums[0], nums[1]
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 13 <= a <= 31)
