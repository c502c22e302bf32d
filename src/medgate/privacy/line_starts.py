r"""Scans whose every match begins a line.

A regex that opens with `^` in MULTILINE mode can match only at the start of the text or right
after a line break, yet `finditer` tries it at every position of the text (the regex engine has no
fast search for a line's start). `line_finditer` tries it only at the starts of lines, and
`break_finditer` one that opens with `(?:\A|\n)` only at the text's start and at its line breaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def line_finditer(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)` for a regex whose every match begins a line (it opens with `^` under
    MULTILINE) and is not empty: the regex is tried at each line's start in order, and a start
    inside an earlier match is passed over as `finditer` passes it, so the matches are
    `finditer`'s, in order."""
    at = 0
    end = 0
    n = len(text)
    while at < n:
        if at >= end:
            m = rx.match(text, at)
            if m is not None:
                yield m
                end = m.end()
        nl = text.find("\n", max(at, end - 1))
        if nl < 0:
            return
        at = nl + 1


def break_finditer(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""`rx.finditer(text)` for a regex whose every match begins at the text's start or at a line
    break (it opens with `(?:\A|\n)`) and is not empty: the regex is tried there in order, and a
    position inside an earlier match is passed over as `finditer` passes it."""
    at = 0
    end = 0
    while at >= 0:
        if at >= end:
            m = rx.match(text, at)
            if m is not None:
                yield m
                end = m.end()
        at = text.find("\n", at + 1)
