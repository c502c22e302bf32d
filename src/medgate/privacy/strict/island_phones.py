"""Five-digit phones written as two digits and three ("55 341"), as the Cook Islands and other
small Pacific islands number their lines, right after a phone word ("Ph 33 071", "Phone: 55 341"),
after "call me" or a "Contact:" label, and a second one joined by "or" to the first ("55 341 or
20 887"). Anywhere else "12 345" is a count or a reading, so the word must lead."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_start

# (longest first: "telefon" before "tel"; "call me" and a "contact" label are phone cues here too)
_WORDS: Final = sorted(cues.PHONE_WORDS | {"call me", "contact", "contact no"}, key=len, reverse=True)
_FIVE: Final = r"\d\d[ ]\d{3}(?![\w]|[.,/:]\d|[ ]?\d)"
_RX: Final = re.compile(
    word_start(_WORDS) + r"\.?(?i:[ \t]+(?:no|nr|number|is|on))?\.?[ \t]*:?[ \t]*(?P<v>" + _FIVE + r")"
)
# a second number joined to a cued one ("55 341 or 20 887")
_OR_NEXT: Final = re.compile(r"[ \t]*,?[ \t]*(?i:or|/)[ \t]*(?P<v>" + _FIVE + r")")
# (every match holds one: a cheap gate; led by the digit, the boundary read back, so the scan
# skips to digits: a pattern that opens with a lookbehind is tried at every character)
_GATE: Final = re.compile(r"\d(?<!\d\d)\d \d{3}(?!\d)")


def island_phone_spans(text: str) -> list[Entity]:
    if _GATE.search(text) is None:
        return []
    out = []
    for m in _RX.finditer(text):
        out.append(Entity.of(PhiType.PHONE, m, "v"))
        if (n := _OR_NEXT.match(text, m.end())) is not None:
            out.append(Entity.of(PhiType.PHONE, n, "v"))
    return out
