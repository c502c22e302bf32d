"""A Karachi or Lahore house and block told in a voice note: a block's number with its letter
("block 7 B", "block 15-A") and a house number read out in words, maybe after its letter ("house
number C two eighty one", "ghar number ninety four"), or after a road's name as a voice text reads
it out ("on Mill Creek road number two one five", "street no. four"). "heart block 2", "block 3 days ago", "house
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
    r"(?i:\b(?:house|ghar|makan|plot|flat|bungalow|(?P<road>road|rd|street|lane|avenue))[ ](?:number|no\.?|num|nambar|#)[ ](?:is[ ]|hai[ ])?)"
    rf"(?P<v>(?:[A-Za-z](?:[ ]|-))?(?i:{_NUMBER_WORDS})(?:[ -](?i:and[ ])?(?i:{_NUMBER_WORDS}))*)\b"
)

# a road's name before its word ("Mill Creek road number ..."), not "the road number", "this street no."
_ROAD_NAME_BEFORE: Final = re.compile(r"(?<![\w'’])(?!(?i:the|a|this|that|which|what|my|your|our|his|her|their|main|same|next|other)[ ])[A-Za-z][a-z'’]+[ ]\Z")


def spoken_house_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if "block " in low:
        for m in _BLOCK.finditer(text):
            if _CLINICAL_BLOCK.search(text, max(0, m.start() - 16), m.start()) is None:
                out.append(Entity.of(PhiType.ADDRESS, m))
    if any(h in low for h in ("house ", "ghar ", "makan ", "plot ", "flat ", "bungalow ", "road ", "rd ", "street ", "lane ", "avenue ")):
        for m in _HOUSE.finditer(text):
            if m.group("road") is None:
                out.append(Entity.of(PhiType.ADDRESS, m, "v"))
            elif _ROAD_NAME_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                # the road's word and its number with the road's name ("Old Spring Place road number ...")
                out.append(Entity(PhiType.ADDRESS, m.start(), m.end(), m.group()))
    return out
