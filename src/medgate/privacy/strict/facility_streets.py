"""The road a hospital stands on, written straight after it in lower-case Indian notes: "transfer
to bhatia hosp grant road", "admitted at city hospital, jail road", "sion hospital lbs marg". After
the facility's word, one or two words and a road's type are its street, whether the words are
English or not ("grant", "jail"); "hospital road" alone, or a road told without a facility before
it, is the other rules' to read."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

# a word of the street's name, no word of the sentence ("the clinic down the road")
_WORD: Final = r"(?!(?:on|at|in|to|the|a|and|for|via|by|down|up|off|along|across|near|past|my|our|this|that)\b)[a-z][a-z'’\-]+"
_RX: Final = re.compile(
    r"\b(?:hosp|hospital|clinic|nursing[ \t]+home|centre|center)\.?,?[ \t]+"
    rf"(?P<v>{_WORD}(?:[ \t]+{_WORD})?[ \t]+(?:road|rd|marg|lane|street|nagar|chowk))\b"
)
# the road's type with the space or tab before it, as every match has it ("rd" alone is in "3rd", "word")
_SPACED_TYPES: Final = tuple(f"{s}{t}" for t in ("road", "rd", "marg", "lane", "street", "nagar", "chowk") for s in " \t")


def facility_street_spans(text: str) -> list[Entity]:
    if not any(t in text for t in _SPACED_TYPES):
        return []
    return [Entity.of(PhiType.ADDRESS, m, "v") for m in _RX.finditer(text)]
