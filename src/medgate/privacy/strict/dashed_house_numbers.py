"""A house number, a dash, then a numbered street, as western Canada writes an address: "7712 -
132A St", "10415-87 Ave NW", "15020 – 104 Avenue". A range of numbers before another word ("120 -
140 mg", "lost 5 - 10 st") is no address."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(  # (led by a digit, what stands before it read behind it)
    r"\d(?<![\w./-].)\d{2,5}[ \t]*[-–][ \t]*\d{1,3}[A-Z]?(?:st|nd|rd|th)?[ \t]+"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Way|Cres|Crescent)\b\.?(?:[ \t](?:NW|NE|SW|SE|N|S|E|W)\b)?"
)

# ("10415-87 Ave": the dash with no space; found from the dash, a literal the regex engine skips to)
_GLUED_DASH: Final = re.compile(r"-(?<=\d{3}-)\d")


def dashed_house_number_spans(text: str) -> list[Entity]:
    if " -" not in text and "–" not in text and not _GLUED_DASH.search(text):
        return []
    return [Entity(PhiType.ADDRESS, m.start(), m.end(), m.group()) for m in _RX.finditer(text)]
