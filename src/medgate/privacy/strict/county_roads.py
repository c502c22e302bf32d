"""A house on a US county road named by letters, not a number: "3318 County Rd K", "N4512 County
Road JJ", "1207 County Hwy B". The street passes stop at "County Rd" and leave the letters, which
are the road's own name; a road told by number is the street passes' ("County Road 12")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"(?<![\w\-])(?P<v>[NSEW]?\d{1,5}[ ]County[ ](?:Rd|Road|Hwy|Highway|Trunk)\.?[ ][A-Z]{1,2})(?![\w\-])"
)


def county_road_spans(text: str) -> list[Entity]:
    if "County " not in text:
        return []
    return [Entity.of(PhiType.ADDRESS, m, "v") for m in _RX.finditer(text)]
