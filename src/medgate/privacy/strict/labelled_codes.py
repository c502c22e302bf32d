"""A specimen's or a sample's code after the word that labels it: "straws labelled HART-23-0311",
"tubes labeled QMC-24-1187", "bag tagged as RX-2291-07". Capital letters, then dash-joined groups of
digits, four digits at least: the lab's accession or the patient's cycle number. A label that is a
word or a level ("labelled NBM", "labelled L4-5", "marked C5-C6") stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_CODE: Final = re.compile(
    r"(?i:\b(?:labell?ed|labels?|tagged|marked))(?:[ ]as)?:?[ ]"
    r"(?P<v>[A-Z]{2,6}(?:[-/][A-Z0-9]{1,6}){1,3})(?![\w\-])"
)
_CUES: Final = ("label", "tagged", "marked")


def labelled_code_spans(text: str) -> list[Entity]:
    low = lowered(text)
    if not any(c in low for c in _CUES):
        return []
    out: list[Entity] = []
    for m in _CODE.finditer(text):
        if sum(c.isdigit() for c in m.group("v")) >= 4:
            out.append(Entity.of(PhiType.OTHER_ID, m, "v"))
    return out
