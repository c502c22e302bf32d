"""A coast's or a valley's name in its "Bay of X" shape, titled in mixed-case text: "from the Bay
of Plenty side", "ferry from the Isle of Mull", "lives up the Vale of Clwyd". The word after "of" is
titled, so "a bay of six beds", "the sound of her breathing" (lower case) and an ALL-CAPS heading
("BAY OF BEDS") stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import led

_HEADS: Final = ("Bay", "Gulf", "Isle", "Isles", "Firth", "Strait", "Straits", "Vale", "Cape")
_RX: Final = re.compile(  # (led by the words' capitals, which the regex engine skips to)
    r"(?P<v>"
    + led(_HEADS)
    + r"[ ]of[ ](?:the[ ])?[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)\b(?![ ]*\d)"
)


def bay_name_spans(text: str) -> list[Entity]:
    if " of " not in text:
        return []
    return [Entity.of(PhiType.LOCATION, m, "v") for m in _RX.finditer(text)]
