"""A code that opens someone's home, after the words carers and letters give it with ("key safe
2207", "keysafe code: 9134", "door code 4471#", "code portail 1834B", "digicode A1294", "portkod
3391"): it lets a reader into the house, so it goes like an address. A closed list of the words; a
bare "code" is not one of them ("ICD code 1966")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_led

# (the words, led by their first letters: the scan skips to them instead of trying the case-blind
# alternation at every position; a word's "code"/"no." after it goes with each word of the first kind)
_THING_WORDS: Final = (
    r"key[ \-]?safe", r"key[ ]?box", r"lock[ ]?box", "door", "gate", "entry", r"front[ ]door", "building", "porch", "alarm",
)  # fmt: skip
_CODE_WORDS: Final = (
    "keysafe", "digicode", r"code[ ](?:portail|porte|d['’]entrée|de[ ]la[ ]porte)", "portkod", "dørkode", "türcode",
    r"kod[ ](?:do[ ])?(?:domofonu|bramy|drzwi)",
)  # fmt: skip
_CODE: Final = re.compile(
    word_led([w + r"(?:[ ](?:code|no\.?|number|pin))?" for w in _THING_WORDS] + list(_CODE_WORDS))
    + r"[ ]*(?:(?i:code|is|was)[ ]*)?[:\-]?[ ]*(?P<v>(?=[A-Z0-9]*\d)[A-Z]?\d{3,6}[A-Z#]?)(?![\w/.,]\d|[\w])"
)
_CUES: Final = ("safe", "box", "code", "door", "gate", "entry", "alarm", "kod", "kode")


def door_code_spans(text: str) -> list[Entity]:
    low = lowered(text)
    if not any(c in low for c in _CUES):
        return []
    out: list[Entity] = []
    for m in _CODE.finditer(text):
        head = m.group()[: m.start("v") - m.start()].lower()
        if head.strip(" :-").split()[-1:] in (["door"], ["gate"], ["entry"], ["building"], ["porch"], ["alarm"]) \
                and "code" not in head and "pin" not in head:
            continue  # "door 4" / "gate 12": a door's or gate's number, no code
        out.append(Entity.of(PhiType.OTHER_ID, m, "v"))
    return out
