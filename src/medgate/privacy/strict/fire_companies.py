"""A fire or rescue company by its number where a firefighter or a crew works: "REGGIE IS A
FIREFIGHTER AT ENGINE 37", "brought in by the crew of Ladder 9", "paramedic with Rescue 2". The unit
and its number name the firehouse, and so the town; without the worker's word before it ("station 3",
"engine 2 fire alarm") it stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer

# the company and its number
_UNIT: Final = re.compile(r"\b(?i:engine|ladder|rescue|station|truck|squad|medic)[ ]?(?:#|no\.?[ ]?)?\d{1,3}\b")
# who works there, shortly before it: "firefighter at", "crew of the", "EMT with"
_WORKER_BEFORE: Final = re.compile(
    r"\b(?i:fire[ ]?fighters?|firem[ae]n|paramedics?|emts?|crew|captain|lieutenant|lt|chief)\b"
    r"(?:[ ][^\W\d_]+){0,3}?[ ](?i:at|with|on|of|from|for)[ ](?:(?i:the)[ ])?\Z"
)
# (the scan is tried only where one of the units' words begins: `cue_finditer`)
_UNIT_WORDS: Final = ("engine", "ladder", "rescue", "station", "truck", "squad", "medic")


def fire_company_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    for m in cue_finditer(_UNIT, text, lowered(text), _UNIT_WORDS):
        if _WORKER_BEFORE.search(text, max(0, m.start() - 48), m.start()):
            out.append(Entity.of(PhiType.LOCATION, m))
    return out
