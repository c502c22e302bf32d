"""A private hospital told by its name and "Private" alone, as Australians and New Zealanders say
it: "post R THR at Erina Heights Private", "transferred from St Andrew's Private", "ex Mater
Private for rehab". One to three capitalised words after a place preposition, "Private" ending the
name (no word after it that it qualifies: "at Dr Lee's Private rooms", "Private patient"); a
determiner or a clinical word first ("at the Private", "in Cardiology Private") is no name."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_led

_WORD: Final = r"(?:St\.?|[A-Z][a-z]+(?:['’]s|-[A-Z][a-z]+)?)"
_RX: Final = re.compile(
    word_led(["at", "from", "to", "in", "ex", "via"])
    + rf"[ ](?P<v>(?P<first>{_WORD})(?:[ ]{_WORD}){{0,2}}[ ]Private)(?![\w'’-])"
    r"(?![ ](?i:patients?|rooms?|practice|insurance|health|cover|clinic|consult|list|beds?)\b)"
)


def private_hospital_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "Private" not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        first = m.group("first").lower()
        if first in cues.DETERMINERS or (lex(first).clinical and not lex(first).place):
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
