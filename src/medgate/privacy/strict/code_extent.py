"""Each identifier found in part widened to its whole code (as date_extent.py widens dates): the part
left unmasked would still identify. (Split from shapes.py.)"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

# Identifier kinds whose value is one code: a part found is widened to the whole code.
_CODE_KINDS: Final = frozenset({
    PhiType.OTHER_ID, PhiType.MRN, PhiType.ACCOUNT, PhiType.HEALTH_PLAN, PhiType.LICENSE,
    PhiType.SSN, PhiType.DEVICE,
})  # fmt: skip
_CHECK_LETTER_AFTER: Final = re.compile(r"[ ][A-Z](?![\w]|[.,]?\w)")
# a health card's two-letter version code printed after its digit groups ("6620 413 875 KT", Ontario)
_VERSION_AFTER: Final = re.compile(r"[ ]{1,2}[A-Z]{2}(?![\w]|[.,]?\w)")


def whole_codes(text: str, found: list[Entity]) -> list[Entity]:
    """Each identifier found in part widened to its whole code: "2024-118734" (not "118734"),
    "CHM/LAG/220914/01", "KKTSM/2023/04417", "c/c 33871-6", and a national number's check letter
    printed apart ("7714532 T"): the part left unmasked would still identify."""
    out = list(found)
    n = len(text)
    for k, e in enumerate(found):
        if e.type not in _CODE_KINDS:
            continue
        if any(c.isspace() for c in e.text):  # (a code printed in spaced groups is found whole by its own shape
            if sum(c.isdigit() for c in e.text) >= 8 and e.text[-1].isdigit() and (v := _VERSION_AFTER.match(text, e.end)):
                out[k] = Entity(e.type, e.start, v.end(), text[e.start : v.end()])  # ... but its version code)
            continue
        start, end = e.start, e.end
        while start > 1 and text[start - 1] in "-/." and text[start - 2].isalnum():
            j = start - 1
            while j > 0 and text[j - 1].isalnum():
                j -= 1
            if not _code_piece(text[j : start - 1]):
                break
            start = j
        while end + 1 < n and text[end] in "-/." and text[end + 1].isalnum():
            j = end + 1
            while j < n and text[j].isalnum():
                j += 1
            if not _code_piece(text[end + 1 : j]):
                break
            end = j
        if e.text.isdigit() and (m := _CHECK_LETTER_AFTER.match(text, end)):
            end = m.end()
        if (start, end) != (e.start, e.end):
            out[k] = Entity(e.type, start, end, text[start:end])
    return out


def _code_piece(piece: str) -> bool:
    """A piece of a code: digits or capitals ("2024", "CHM", "6"), not a word ("ex-", "mg/")."""
    return any(c.isdigit() for c in piece) or piece.isupper()
