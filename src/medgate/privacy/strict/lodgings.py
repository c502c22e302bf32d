"""Where someone lodges, said with its parts: a hostel's or an estate's block and room ("hostel
block 7 room 112", "Block C, Room 12"), and a flat in a named building typed in lower case ("flat 9
sea view mansions", "flat 2b elm court"). "heart block 2", "room 4 on the ward", "flat 4 in the
house" stay (no block before the room, an AV block, a function word in the building's name)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_BLOCK_ROOM: Final = re.compile(
    r"(?<![\w-])(?<!(?i:av)[ ])(?<!(?i:heart|nerve)[ ])(?<!(?i:branch)[ ])(?i:block|blk)[ ]?[A-Z0-9]{1,4},?[ ]"
    r"(?i:room|rm|flat|unit|apt)\.?[ ]?[A-Z0-9][A-Z0-9-]{0,5}(?![\w-])"
)
_FUNCTION: Final = r"(?:in|on|at|the|a|an|of|to|with|and|or|is|was|for|from|by|my|her|his|our|their)"
_FLAT_BUILDING: Final = re.compile(
    rf"(?<![\w-])(?i:flat|apartment|apt)[ ]\d{{1,4}}[a-z]?,?(?:[ ](?!{_FUNCTION}[ ])[a-z][a-z'’-]+){{1,3}}[ ]"
    r"(?:mansions|court|house|towers?|heights|apartments|lodge|gardens|buildings?|villas?|residences?|terrace|place)\b"
)


def lodging_spans(text: str) -> list[Entity]:
    low = lowered(text)
    out: list[Entity] = []
    if ("room" in low or " rm" in low) and ("block" in low or "blk" in low):
        out.extend(Entity.of(PhiType.ADDRESS, m) for m in _BLOCK_ROOM.finditer(text))
    if "flat " in low or "apartment " in low or "apt " in low:
        out.extend(Entity.of(PhiType.ADDRESS, m) for m in _FLAT_BUILDING.finditer(text))
    return out
