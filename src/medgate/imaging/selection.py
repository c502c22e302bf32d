"""Which frames of a DICOM file or pages of a PDF to use: "2", "1,3-5", [1, 3, 4], 1-based."""

from __future__ import annotations

import re
from typing import Any, Final

from medgate.errors import InvalidRequest

MAX_LISTED: Final = 1000
_ITEM = re.compile(r"^\s*(\d{1,6})\s*(?:-\s*(\d{1,6})\s*)?$")


def parse_selection(value: Any, *, param: str) -> tuple[int, ...] | None:
    """A sorted, de-duplicated tuple of 1-based numbers, or None for "not given"."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise InvalidRequest(f"{param} must be numbers such as 1,3-5", param=param)
    if isinstance(value, int):
        value = [value]
    items: list[int] = []
    if isinstance(value, str):
        for piece in value.split(","):
            m = _ITEM.match(piece)
            if m is None:
                raise InvalidRequest(f"{param}: {piece.strip()!r} is not a number or a range such as 3-5",
                                     param=param)
            low, high = int(m.group(1)), int(m.group(2) or m.group(1))
            if high < low or high - low >= MAX_LISTED:
                raise InvalidRequest(f"{param}: {piece.strip()!r} is not a usable range", param=param)
            items.extend(range(low, high + 1))
    elif isinstance(value, list) and all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        items = list(value)
    else:
        raise InvalidRequest(f"{param} must be a list of numbers or a string such as 1,3-5", param=param)
    if not items or any(i < 1 for i in items):
        raise InvalidRequest(f"{param}: numbers start at 1", param=param)
    return tuple(sorted(set(items)))


def check_selection(chosen: tuple[int, ...], count: int, what: str) -> tuple[int, ...]:
    """`chosen` against the `count` available; InvalidRequest names the first that is not."""
    for number in chosen:
        if number > count:
            raise InvalidRequest(f"{what} {number} was asked for, but the file has {count}",
                                 param=f"{what}s")
    return chosen
