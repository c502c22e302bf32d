"""Latin letters with their marks taken off, one character for one, so offsets stay the same.

A message mixing languages writes an English word with a Spanish or French mark ("bad indigestión",
"la fiebre", "my papá"): the screen's English phrases then miss it. `unmarked(text)` is the text
with each accented Latin letter replaced by its base letter ("indigestión" -> "indigestion"), the
same length, so a match found in it quotes the original text at the same place. Letters with no
one-letter base ("ß", "æ", "ø", "ł") are kept.
"""

from __future__ import annotations

import unicodedata
from typing import Final


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x00C0, 0x0250):  # Latin-1 Supplement and Latin Extended-A and -B
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base
    return table


_UNMARK: Final = _table()


def unmarked(text: str) -> str:
    """`text` with its accented Latin letters' marks taken off, one character for one."""
    return text if text.isascii() else text.translate(_UNMARK)
