"""A town of birth after the words forms and letters write it with in other languages ("nato a
Monte San Savino", "née à Saint-Jean-de-Luz", "nacido en Villanueva de la Serena", "urodzony w
Nowym Targu"): the capitalised words after the cue and the small words that join a town's name
("a", "de", "di", "sur"), never a lower-case word after them."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_led

_CUE: Final = (
    word_led([
        "nato", "nata", "né", "née", "nacido", "nacida", "nascido", "nascida", "geboren", "urodzony", "urodzona",
        "născut", "născută", "nascut", "nascuta",
    ])  # (led by the cues' first letters: the scan skips to them)
    + r"[ ](?i:a|à|en|em|in|w|în|la)[ ]"
)
_LINK: Final = r"(?:a|al|di|de|del|della|da|do|dos|du|des|la|le|sur|sul|en|im|am|an|der)"
_TOWN: Final = re.compile(
    rf"{_CUE}(?P<v>[A-ZÀ-ÞŁŚŻ][\w'’\-]+(?:[ ](?:{_LINK}[ ])?[A-ZÀ-ÞŁŚŻ][\w'’\-]+)*)"
)


def birthplace_spans(text: str) -> list[Entity]:
    low = lowered(text)
    if not any(c in low for c in ("nat", "né", "nac", "nasc", "geboren", "urodzon", "născ")):
        return []
    return [Entity.of(PhiType.CITY, m, "v") for m in _TOWN.finditer(text)]
