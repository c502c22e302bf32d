"""Small text measures shared by the PHI layers."""

from __future__ import annotations

import re
import string
from typing import Final

_NO_UPPER: Final = str.maketrans("", "", string.ascii_uppercase)
_NO_LETTERS: Final = str.maketrans("", "", string.ascii_letters)


_last: tuple[str, str] = ("", "")  # (a text, its lower case): the last text `lowered` was asked


def lowered(text: str) -> str:
    """`text.lower()`, kept for the text last asked: the strict passes read one note's lower case
    some eighty times (~2 us each per 2 KB). Found by identity; the pair is replaced whole, so a
    thread never reads one text's lower case for another's. `detect` forgets it when done."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    low = text.lower()
    _last = (text, low)
    return low


def forget_lowered() -> None:
    """Drop the text `lowered` keeps (no note stays in memory after its detection)."""
    global _last
    _last = ("", "")


def end_before(text: str, pos: int, skip: str) -> int:
    """Where text[:pos] ends once `skip` characters are stripped from its right, found by walking
    back from `pos` (no copy of the prefix: these run per word of documents megabytes long)."""
    while pos > 0 and text[pos - 1] in skip:
        pos -= 1
    return pos


def char_before(text: str, pos: int, skip: str) -> str:
    """The last character before `pos` that is not in `skip` ("" at the start of the text)."""
    end = end_before(text, pos, skip)
    return text[end - 1] if end else ""


def _word_span(text: str, pos: int, seps: str) -> tuple[int, int]:
    """(start, end) of the word before `pos`, past spaces and at most one of `seps`; at most 16
    letters are read."""
    i = end_before(text, pos, " \t")
    if i > 0 and text[i - 1] in seps:
        i = end_before(text, i - 1, " \t")
    j = i
    while j > 0 and i - j < 16 and text[j - 1].isalpha():
        j -= 1
    return j, i


def word_before(text: str, pos: int, seps: str = "") -> str:
    """The word (letters, lower-cased) before `pos`, past spaces and at most one of `seps`
    ("tues 12th", "cheers, TW")."""
    j, i = _word_span(text, pos, seps)
    return text[j:i].lower()


def word_start_before(text: str, pos: int, seps: str = "") -> int:
    """Where the word `word_before` reads starts (`pos` when there is none)."""
    j, i = _word_span(text, pos, seps)
    return j if j < i else pos


def upper_ratio(text: str, sample: int = 4000) -> float:
    """Share of (ASCII) letters in upper case: ~1 for ALL-CAPS notes, ~0 for all-lower ones."""
    part = text[:sample]
    letters = len(part) - len(part.translate(_NO_LETTERS))
    upper = len(part) - len(part.translate(_NO_UPPER))
    return upper / letters if letters else 0.0


# A token with a digit or a slash: a code or ID ("LASUTH/P/20/4418", "RX7731024"), not prose
_CODE: Final = re.compile(r"\S*[\d/]\S*")
# The first letter of a sentence or line
_SENTENCE_START: Final = re.compile(r"(?:\A|[.!?][ \t]+|\n[ \t]*)([A-Za-z])")


def typed_upper_ratio(text: str, sample: int = 4000) -> float:
    """`upper_ratio` of a message typed in lower case, read past its codes: the capitals of an ID or
    code ("card no LASUTH/P/20/4418") no longer lift a lower-case chat into mixed case. Only where
    its sentences mostly start lower case (a mixed-case note whose codes carry its capitals stays
    as it was)."""
    raw = upper_ratio(text, sample)
    if not 0.0 < raw < 0.08:
        return raw
    part = text[:sample]
    starts = [m.group(1) for m in _SENTENCE_START.finditer(part)]
    lower = sum(s.islower() for s in starts)
    if len(starts) < 2 or lower * 4 < len(starts) * 3:
        return raw
    return min(raw, upper_ratio(_CODE.sub(" ", part), sample))


def mixed_case(upper: float) -> bool:
    """A text (its `upper_ratio`) written in mixed case, where a capital can mark a name: not ALL
    CAPS, not all lower case."""
    return 0.03 < upper < 0.6
