"""A house known by its name, as British and Irish country addresses give one: "Low Fold Cottage",
"Brackenrigg Farm", "Old Mill House", where a residence is told ("we are at", "lives at", "address
is") or right before a postcode ("Hill Top Barn, CA12 4RN"). The name's words are often plain
English ("Low", "Beck", "Mill"), so the house word and the position make it an address. "the House
of Commons", "went to the Farm Shop", a house word with no residence told and no postcode stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_HOUSE_WORD: Final = re.compile(
    r"\b(?:Cottage|Cottages|Farm|Farmhouse|Barn|Lodge|House|Mill|Grange|Manor|Croft|Bungalow|Villa|Rectory"
    r"|Vicarage)\b(?![ ](?:of|Shop|Surgery|Practice|Care|Nursing)\b)"
)
# the house's own name: one to three capitalised words right before its house word
_NAME_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z]+[ ]){1,3}\Z")
_TOLD: Final = re.compile(
    r"(?i:\b(?:we[ ]are|we're|i[ ]am|i'm|live|lives|living|stay|stays|staying|moved|address(?:[ ]is)?|home[ ]is)"
    r"(?:[ ](?:at|to|now|still))*:?[ ])\Z"
)
_POSTCODE_AFTER: Final = re.compile(r",?[ ](?:[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d{2}[ ]?[A-Z\d]{4})\b")
_CUES: Final = ("Cottage", "Farm", "Barn", "Lodge", "House", "Mill", "Grange", "Manor", "Croft", "Bungalow", "Villa",
                "Rectory", "Vicarage")  # fmt: skip


def house_name_spans(text: str) -> list[Entity]:
    if not any(c in text for c in _CUES):
        return []
    out: list[Entity] = []
    for h in _HOUSE_WORD.finditer(text):
        m = _NAME_BEFORE.search(text, max(0, h.start() - 45), h.start())
        if m is None:
            continue
        if _TOLD.search(text, max(0, m.start() - 40), m.start()) or _POSTCODE_AFTER.match(text, h.end()):
            out.append(Entity(PhiType.ADDRESS, m.start(), h.end(), text[m.start() : h.end()]))
    return out
