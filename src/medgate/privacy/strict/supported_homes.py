"""A supported-living service or a group home by its name, in any case: "thistle house supported
living", "Rowan Court group home", "lives at larchfield supported accommodation". The name is the
word before the home's kind (and before a house word between: "house", "court", "lodge"); what
only says which kind of home ("a group home", "new supported living", "24h staffed group home",
"mental health supported accommodation") is no one's, nor is an everyday word with no house word
after it ("her own group home")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"(?i:(?<![\w'’-])(?P<v>[a-z][a-z'’]{2,})(?:[ ](?P<h>house|court|lodge|view|gardens|place|cottage|villa))?"
    r"[ ](?:supported[ ](?:living|accommodation|housing)|group[ ]home|respite[ ](?:house|home)))\b"
)
# words that say which kind of home, not which one
_KIND_WORDS: Final = frozenset({
    "own", "new", "old", "local", "council", "community", "adult", "adults", "learning", "disability",
    "disabilities", "mental", "health", "children's", "childrens", "private", "small", "shared", "staffed",
    "residential", "supported", "independent", "youth", "respite", "secure", "specialist", "current", "previous",
    "former", "another", "same", "other", "nhs", "in", "at", "to", "from", "into", "of", "and", "or", "for",
})  # fmt: skip
_EVERYDAY_ZIPF: Final = 4.5


def supported_home_spans(text: str, lex: Lexicon) -> list[Entity]:
    low = lowered(text)
    if "supported" not in low and "group home" not in low and "respite" not in low:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        name = m.group("v").lower()
        if name in cues.DETERMINERS or name in _KIND_WORDS:
            continue
        e = lex(name)
        if e.clinical or (m.group("h") is None and e.zipf >= _EVERYDAY_ZIPF):
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
