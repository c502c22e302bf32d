"""A pager, bleep or extension read out in digit words, as a dictated note types it: "paged at
pager four four seven two", "bleep two one oh six", "ext. three three nought one". Three or more
digit words right after the device's word are the number; one or two ("bleep x two", "pager one
of the team") are a count."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import may_hold, word_led

_DIGIT: Final = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double[ ]\w+|triple[ ]\w+)"
_SAID_NUMBER: Final = re.compile(
    word_led(["pager", "bleep", "beeper", "ext", "extension"])
    + r"\b\.?(?i:(?:[ ]?(?:no\.?|number|#|is|:))?[ ]+"
    rf"(?P<v>{_DIGIT}(?:[ ,\-]+{_DIGIT}){{2,}})\b)"
)
_CUES: Final = ("pager", "bleep", "beeper", "ext")


def spoken_pager_spans(text: str) -> list[Entity]:
    if not may_hold(text, lowered(text), _CUES):  # (most texts page no one)
        return []
    return [Entity.of(PhiType.PHONE, m, "v") for m in _SAID_NUMBER.finditer(text)]
