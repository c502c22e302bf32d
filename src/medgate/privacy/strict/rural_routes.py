"""A Canadian rural address: a rural route, then a house number on a concession line or a sideroad
("RR 3, 2204 Concession 7 West", "R.R. #1, 448 Sideroad 15", "Rural Route 4, 77 Line 12 South"). The
route with the numbered road after it is the address. Both are needed: "RR" alone is a respiratory
rate ("RR 18, 2204 ml out", "RR 22, 96% on 2 L"), which no house number on a numbered line follows."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"\b(?:RR|R\.R\.|Rural[ ]Route)[ ]?#?[ ]?\d{1,2},?[ ]+\d{1,5}[ ]+"
    r"(?:Line|Concession|Conc\.?|Con\.?|Sideroad|Side[ ]Road|Townline|Town[ ]Line|Range[ ]Road|Township[ ]Road)"
    r"[ ]+\d{1,3}[A-Z]?(?:[ ](?:North|South|East|West|N|S|E|W)\b)?"
)


def rural_route_spans(text: str) -> list[Entity]:
    if "RR" not in text and "R.R." not in text and "Rural Route" not in text:
        return []
    return [Entity.of(PhiType.ADDRESS, m) for m in _RX.finditer(text)]
