"""Small text measures shared by the PHI layers."""

from __future__ import annotations

import string
from typing import Final

_NO_UPPER: Final = str.maketrans("", "", string.ascii_uppercase)
_NO_LETTERS: Final = str.maketrans("", "", string.ascii_letters)


def upper_ratio(text: str, sample: int = 4000) -> float:
    """Share of (ASCII) letters in upper case: ~1 for ALL-CAPS notes, ~0 for all-lower ones."""
    part = text[:sample]
    letters = len(part) - len(part.translate(_NO_LETTERS))
    upper = len(part) - len(part.translate(_NO_UPPER))
    return upper / letters if letters else 0.0
