"""A Karachi or Lahore house and block told in a voice note: a block's number with its letter
("block 7 B", "block 15-A") and a house number read out in words, maybe after its letter ("house
number C two eighty one", "ghar number ninety four"). "heart block 2", "block 3 days ago", "house
number is on the form" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

# a block's number and its letter, not a heart's or a nerve's
_BLOCK: Final = re.compile(
    r"(?<![\w])(?i:block)[ ](?P<v>\d{1,2}(?:[ -]?[A-Z]))(?![\w-])"
)
_CLINICAL_BLOCK: Final = re.compile(
    r"(?i:(?:heart|av|a-v|sa|bundle|branch|fascicular|nerve|epidural|spinal|regional|field|digital|sinus|"
    r"conduction|plexus|femoral|sciatic|interscalene|ring|beta)[ ]\Z)"
)
_NUMBER_WORDS: Final = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
    r"|zero|oh|double|triple"
)
_HOUSE: Final = re.compile(
    r"(?i:\b(?:house|ghar|makan|plot|flat|bungalow)[ ](?:number|no\.?|num|nambar|#)[ ](?:is[ ]|hai[ ])?)"
    rf"(?P<v>(?:[A-Za-z](?:[ ]|-))?(?i:{_NUMBER_WORDS})(?:[ -](?i:and[ ])?(?i:{_NUMBER_WORDS}))*)\b"
)


def spoken_house_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if "block " in low:
        for m in _BLOCK.finditer(text):
            if _CLINICAL_BLOCK.search(text, max(0, m.start() - 16), m.start()) is None:
                out.append(Entity.of(PhiType.ADDRESS, m))
    if any(h in low for h in ("house ", "ghar ", "makan ", "plot ", "flat ", "bungalow ")):
        for m in _HOUSE.finditer(text):
            out.append(Entity.of(PhiType.ADDRESS, m, "v"))
    return out
