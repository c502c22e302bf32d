"""A hospital told by the one word of its name that hospitals are named for, after a word of going or
being there: "at Memorial", "transferred to Methodist", "from mercy", "at baptist east". US and
Commonwealth hospitals take these names from a church (Methodist, Baptist, Presbyterian, Lutheran,
Adventist, Mercy, Providence) or a memorial, and after "at", "to", "from" or "@" the word is the place;
"at the mercy of", "a Baptist minister", "her Methodist church group" stay (no such word before it, or
a word of worship after it)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_NAMES: Final = ("memorial", "methodist", "presbyterian", "baptist", "lutheran", "adventist", "mercy", "providence")
_RX: Final = re.compile(
    r"(?i:\b(?:at|to|from)[ ]+|@[ ]?)(?P<v>(?i:" + "|".join(_NAMES) + r"))\b"
    r"(?![ ]+(?i:church|chapel|minister|pastor|service|services|of|day|fund|prayer|congregation|faith))"
)


def bare_hospital_spans(text: str) -> list[Entity]:
    low = lowered(text)
    if not any(n in low for n in _NAMES):
        return []
    return [Entity.of(PhiType.LOCATION, m, "v") for m in _RX.finditer(text)]
