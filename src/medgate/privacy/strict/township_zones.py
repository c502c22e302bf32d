"""A South African township's street address: a stand's number before the township's zone or
extension, then the township ("2214 ZONE 4, PIMVILLE", "887 Extension 12, Tembisa", "lives at 41
ext 3, soshanguve"), after a word that says where someone lives ("at", "stays", "address"). A
zone or an extension with no stand's number before it ("pain in zone 2", "ext 4 for the ward"),
no place after it or no such word before it ("GCS 15 ZONE 2, DIZZY") is not an address."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_STAND: Final = re.compile(
    r"(?i:\b(?:at|lives|stays|staying|resides|address|addr)[ ]*:?[ ]+"
    r"(?P<v>\d{2,5}[ ](?:zone|ext\.?|extension)[ ]\d{1,3}[a-z]?),[ ]?(?P<t>[a-z][a-z'\-]{3,})\b)"
)
_CUE: Final = re.compile(r"(?i:zone|ext)")


def township_zone_spans(text: str) -> list[Entity]:
    if _CUE.search(text) is None:  # (few notes give a township's stand)
        return []
    out: list[Entity] = []
    for m in _STAND.finditer(text):
        out.append(Entity.of(PhiType.ADDRESS, m, "v"))
        out.append(Entity.of(PhiType.LOCATION, m, "t"))
    return out
