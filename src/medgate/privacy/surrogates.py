"""Surrogate values per identifier type: realistic names, shifted dates, format-preserving IDs."""

from __future__ import annotations

import datetime as dt
import functools
import random
import re
from typing import Final

from medgate.privacy.names import FIRST_NAMES, LAST_NAMES
from medgate.privacy.recognizers.date import _numeric_ok
from medgate.privacy.types import PhiType
from medgate.privacy.vocab import CLINICAL_WORDS, EPONYM_HEADS

_FALLBACK_FIRST: Final = ("Avery", "Jordan", "Morgan", "Taylor", "Riley", "Casey", "Quinn", "Rowan")
_FALLBACK_LAST: Final = ("Whitfield", "Castellan", "Okonkwo", "Lindqvist", "Ferreira", "Haldane")


def _pool(names: frozenset[str], fallback: tuple[str, ...]) -> tuple[str, ...]:
    from medgate.privacy.lexicon import lexicon

    words = lexicon()
    # a surrogate is restored in any case, so one that is also an English word ("Said", "Hope",
    # "Will") would turn the model's own "said" into the patient's name
    good = sorted(
        n for n in names
        if len(n) >= 4 and n.isascii() and n.isalpha() and n[1:].islower()
        and n not in CLINICAL_WORDS and n not in EPONYM_HEADS and not words(n.lower()).english
    )  # fmt: skip
    return tuple(good) or fallback


@functools.cache
def first_pool() -> tuple[str, ...]:
    return _pool(FIRST_NAMES, _FALLBACK_FIRST)


@functools.cache
def last_pool() -> tuple[str, ...]:
    return _pool(LAST_NAMES, _FALLBACK_LAST)


MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_MONTH_INDEX: Final = {m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)}
_TEXT_DATE: Final = re.compile(
    r"(?P<pre>.*?)(?:(?P<d1>\d{1,2})(?P<o1>st|nd|rd|th)?(?P<sep1>(?:[ \t]+of)?[ \t\-]*))?"
    r"(?P<mon>[A-Za-z]{3,9})(?P<dot>\.?)(?P<sep2>,?[ \t\-]*)?(?P<d2>\d{1,2}(?!\d))?(?P<o2>st|nd|rd|th)?"
    r"(?P<sep3>,?[ \t\-]*)?(?P<y>\d{4}|\d{2})?$",
    re.I,
)
_STREET_NAMES: Final = (
    "Maple",
    "Cedar",
    "Willow",
    "Juniper",
    "Aspen",
    "Laurel",
    "Hawthorn",
    "Birch",
)
_STREET_SUFFIX: Final = ("Street", "Avenue", "Road", "Lane", "Drive", "Court", "Way", "Place")
_CITIES: Final = (
    "Brookhaven",
    "Millbrook",
    "Fairview",
    "Riverton",
    "Oakdale",
    "Lakemont",
    "Glenrock",
)


def match_case(template: str, value: str) -> str:
    if template.isupper() and len(template) > 1:
        return value.upper()
    if template.islower():
        return value.lower()
    return value


def shape_preserving(value: str, rng: random.Random) -> str:
    """Same length and layout: digit→digit, letter→letter (case kept), separators kept."""
    out = []
    for c in value:
        if c.isdigit():
            out.append(str(rng.randint(0, 9)))
        elif c.isalpha() and c.isascii():
            ch = chr(rng.randint(0, 25) + 65)
            out.append(ch if c.isupper() else ch.lower())
        else:
            out.append(c)
    return "".join(out)


def shift_date(value: str, days: int) -> str | None:
    """The date moved by `days`, rendered in the original format; None if it does not parse."""
    if value.find("T") == 10 and value[:4].isdigit():  # ISO 8601 "2024-03-09T22:41:07Z"
        moved = shift_date(value[:10], days)
        return moved + value[10:] if moved else None  # the time of day stays
    digits_only = all(c.isdigit() or c in "/-." for c in value)
    if digits_only:
        return _shift_numeric(value, days)
    m = _TEXT_DATE.match(value)
    if m is None or m.group("pre"):
        return None
    month = _MONTH_INDEX.get(m.group("mon")[:3].lower())
    if month is None:
        return None
    day_s = m.group("d1") or m.group("d2")
    year_s = m.group("y")
    year = _year(year_s) if year_s else 2000
    day = int(day_s) if day_s else 15
    try:
        new = dt.date(year, month, day) + dt.timedelta(days=days)
    except ValueError:
        return None
    mon = m.group("mon")
    name = MONTHS[new.month - 1]
    new_mon = name[: len(mon)] if len(mon) <= 4 and mon.lower() != name.lower() else name
    if len(mon) == 4 and mon.lower().startswith("sep"):
        new_mon = name[:4] if new.month == 9 else name[:3]
    new_mon = match_case(mon, new_mon) if not mon[1:].islower() else new_mon
    parts = []
    if m.group("d1"):
        parts += [
            _pad(new.day, m.group("d1")),
            _ordinal(new.day, m.group("o1")),
            m.group("sep1") or "",
        ]
    parts += [new_mon, m.group("dot") or "", m.group("sep2") or ""]
    if m.group("d2"):
        parts += [_pad(new.day, m.group("d2")), _ordinal(new.day, m.group("o2"))]
    if year_s:
        parts += [m.group("sep3") or "", str(new.year)[-len(year_s) :]]
    return "".join(parts)


def _pad(value: int, template: str) -> str:
    return str(value).zfill(2) if template.startswith("0") else str(value)


def _ordinal(day: int, template: str | None) -> str:
    if not template:
        return ""
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return suffix.upper() if template.isupper() else suffix


def _year(s: str) -> int:
    y = int(s)
    return y if len(s) == 4 else (2000 + y if y < 50 else 1900 + y)


def _shift_numeric(value: str, days: int) -> str | None:
    parts = re.split(r"([/\-.])", value)
    nums = parts[0::2]
    if not _numeric_ok(value) and len(nums) != 2:
        return None
    try:
        if len(nums) == 3 and len(nums[0]) == 4:
            y, mo, d = int(nums[0]), int(nums[1]), int(nums[2])
            order = "ymd"
        elif len(nums) == 3:
            a, b = int(nums[0]), int(nums[1])
            mo, d, order = (a, b, "mdy") if a <= 12 else (b, a, "dmy")
            y = _year(nums[2])
        else:
            mo, d, y, order = int(nums[0]), int(nums[1]), 2000, "md"
        new = dt.date(y, mo, d) + dt.timedelta(days=days)
    except ValueError:
        return None
    fields = {"y": new.year, "m": new.month, "d": new.day}
    padded = any(len(n) == 2 and n.startswith("0") for n in nums[:2]) or order == "ymd"
    out = []
    for i, key in enumerate(order):
        width = len(nums[i])
        v = str(fields[key])
        v = v[-width:] if key == "y" else (v.zfill(2) if padded else v)
        out.append(v)
        if i < len(parts[1::2]):
            out.append(parts[1::2][i])
    return "".join(out)


def fake_value(kind: PhiType, original: str, rng: random.Random) -> str:
    """A surrogate for a non-name, non-date identifier (format kept where it carries meaning)."""
    if kind is PhiType.AGE:
        return "90+"
    if kind is PhiType.EMAIL:
        return f"{rng.choice(first_pool()).lower()}.{rng.choice(last_pool()).lower()}{rng.randint(1, 99)}@example.org"
    if kind is PhiType.URL:
        return f"https://www.example-{rng.randint(1000, 9999)}.org/"
    if kind is PhiType.IP:
        if ":" in original:
            return "2001:db8::" + format(rng.randint(1, 0xFFFF), "x")
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind is PhiType.ADDRESS:
        num = rng.randint(10, 9899)
        return f"{num} {rng.choice(_STREET_NAMES)} {rng.choice(_STREET_SUFFIX)}"
    if kind in (PhiType.CITY, PhiType.COUNTY, PhiType.LOCATION):
        return match_case(original, rng.choice(_CITIES))
    if kind in (PhiType.PHONE, PhiType.FAX):
        fake = shape_preserving(original, rng)
        # keep it a dialable NANP shape: first digits of area code and exchange 2-9
        return _fix_nanp(fake, rng)
    return shape_preserving(original, rng)


def _fix_nanp(value: str, rng: random.Random) -> str:
    chars = list(value)
    idx = [i for i, c in enumerate(chars) if c.isdigit()]
    skip = 1 if value.lstrip().startswith(("+1", "1")) and len(idx) == 11 else 0
    for pos in (skip, skip + 3):
        if len(idx) >= 10 and pos < len(idx):
            chars[idx[pos]] = str(rng.randint(2, 9))
    return "".join(chars)
