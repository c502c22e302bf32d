"""Visual acuity in Snellen's metric notation ("6/36", "6/9", "6/12", "3/60") is a fraction of a
standard chart line, not 6 September or 6 December: the eye or the test named in the same clause
("VA", "acuity", "vision", "R eye", "RE", "OD", "pinhole") or another acuity beside it says so."""

from __future__ import annotations

import re
from typing import Final

# Metric chart lines (6 m, or 3 m and 1 m for counting at a distance) and their denominators.
_LINES: Final = frozenset({"5", "6", "9", "12", "18", "24", "36", "60"})
_NUMERATORS: Final = frozenset({"6", "3", "1"})
_EYE_WORDS: Final = frozenset({
    "va", "bcva", "ucva", "acuity", "acuities", "vision", "visual", "snellen", "eye", "eyes",
    "re", "le", "od", "os", "ou", "pinhole", "ph", "unaided", "aided", "corrected", "glasses",
    "spectacles", "vod", "vos",
})  # fmt: skip
_WORD: Final = re.compile(r"[A-Za-z]+")
_ACUITY: Final = re.compile(r"\b[631]/(?:5|6|9|12|18|24|36|60)\b(?!/)")


def is_snellen(text: str, start: int, end: int) -> bool:
    """The N/N at text[start:end] reads as a visual acuity."""
    num, _, den = text[start:end].partition("/")
    if num not in _NUMERATORS or den not in _LINES:
        return False
    before = re.split(r"[.;\n]", text[max(0, start - 48) : start])[-1]
    after = re.split(r"[.;,\n]", text[end : end + 24])[0]
    if any(w.lower() in _EYE_WORDS for w in _WORD.findall(before)[-4:] + _WORD.findall(after)[:2]):
        return True
    # another acuity in the same sentence ("R 6/18, L 6/60")
    line = re.split(r"[.;\n]", text[max(0, start - 40) : end + 40])
    return sum(1 for part in line for _ in _ACUITY.finditer(part)) >= 2 and bool(
        _ACUITY.search(text[max(0, start - 24) : start] + " " + text[end : end + 24])
    )
