"""A code that opens someone's home, after the words carers and letters give it with ("key safe
2207", "keysafe code: 9134", "door code 4471#", "code portail 1834B", "digicode A1294", "portkod
3391"): it lets a reader into the house, so it goes like an address. A closed list of the words; a
bare "code" is not one of them ("ICD code 1966")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_CODE: Final = re.compile(
    r"(?i:\b(?:key[ \-]?safe|key[ ]?box|lock[ ]?box|door|gate|entry|front[ ]door|building|porch|alarm)"
    r"(?:[ ](?:code|no\.?|number|pin))?|\bkeysafe|\bdigicode|\bcode[ ](?:portail|porte|d['’]entrée|de[ ]la[ ]porte)"
    r"|\bportkod|\bdørkode|\btürcode|\bkod[ ](?:do[ ])?(?:domofonu|bramy|drzwi))"
    r"[ ]*(?:(?i:code|is|was)[ ]*)?[:\-]?[ ]*(?P<v>(?=[A-Z0-9]*\d)[A-Z]?\d{3,6}[A-Z#]?)(?![\w/.,]\d|[\w])"
)
_CUES: Final = ("safe", "box", "code", "door", "gate", "entry", "alarm", "kod", "kode")


def door_code_spans(text: str) -> list[Entity]:
    low = text.lower()
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
