"""A South African township's street address: a stand's number before the township's zone or
extension, then the township ("2214 ZONE 4, PIMVILLE", "887 Extension 12, Tembisa", "lives at 41
ext 3, soshanguve"), after a word that says where someone lives ("at", "stays", "address"). A
zone or an extension with no stand's number before it ("pain in zone 2", "ext 4 for the ward"),
no place after it or no such word before it ("GCS 15 ZONE 2, DIZZY") is not an address."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

# the stand found from its number (the scan skips to a digit), the residence word read back before it
_STAND: Final = re.compile(
    r"(?<![\w/.,:\-])(?P<v>\d{2,5}[ ](?i:zone|ext\.?|extension)[ ]\d{1,3}[a-zA-Z]?),[ ]?"
    r"(?P<t>[A-Za-z][A-Za-z'\-]{3,})\b"
)
_LIVES_BEFORE: Final = re.compile(r"(?i:\b(?:at|lives|stays|staying|resides|address|addr)[ ]*:?[ ]+)\Z")
_CUES: Final = ("zone ", "ext")


def township_zone_spans(text: str) -> list[Entity]:
    low = text.lower()
    if not any(c in low for c in _CUES):  # (few notes give a township's stand)
        return []
    out: list[Entity] = []
    for m in _STAND.finditer(text):
        if _LIVES_BEFORE.search(text, max(0, m.start() - 16), m.start()) is None:
            continue
        out.append(Entity.of(PhiType.ADDRESS, m, "v"))
        out.append(Entity.of(PhiType.LOCATION, m, "t"))
    return out
