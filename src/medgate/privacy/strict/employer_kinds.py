"""An employer named by its kind word in a letter's employment sentence ("working at Tenacious
Systems", "employee of Orion Infotech Pvt Ltd", "employed by Blue Crescent Facility Services"), and
an estate by name between the commas of an address line ("2nd floor, Orbit House, Powai Estate,
Mumbai"). The name's first word may be a clinical or common word ("Persistent", "Acute"): the kind
word and the sentence tell. Generic services ("employed by Social Services", "Real Estate") are no
one's."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_KIND: Final = (
    r"(?:Systems|Technologies|Technology|Infotech|Infosystems|Infoway|Softech|Software|Solutions|Consultancy"
    r"|Facility[ ]Services|Facilities[ ]Management|Services|Logistics|Industries|Enterprises|Exports|Textiles"
    r"|Pharma|Pharmaceuticals|Trading|Contracting|Constructions?|Builders|Developers|Engineering|Motors|Foods)"
)
# the employment cue, then one to three capitalised words and the kind, then an optional Pvt Ltd
_EMPLOYER: Final = re.compile(
    r"(?i:\b(?:working|work|works|worked|employed|job|joined|employee|staff|engineer|manager)[ ](?:at|with|by|for|of|in)[ ])"
    rf"(?P<v>(?:[A-Z][A-Za-z&\-]+[ ]){{1,3}}{_KIND}(?:[ ](?:Pvt|Pte|Sdn[ ]Bhd|Private)\.?(?:[ ](?:Ltd|Limited)\.?)?)?)\b"
)
# an estate between the commas of an address line
_ESTATE: Final = re.compile(r",[ ](?P<v>(?:[A-Z][a-z]+[ ]){1,2}Estate),")
# first words that only say which kind of service, not whose
_GENERIC: Final = frozenset({
    "social", "health", "healthcare", "emergency", "medical", "clinical", "information", "computer",
    "care", "support", "family", "community", "public", "home", "nursing", "real", "the", "financial",
    "customer", "it", "legal", "security", "cleaning", "food", "catering", "delivery", "mental", "child",
    "children's", "youth", "disability", "housing", "council", "government", "federal", "state",
})  # fmt: skip
_CUES: Final = ("ork", "mploy", "job", "oined", "taff", "ngineer", "anager", "Estate")


def employer_kind_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    if not any(c in text for c in _CUES):
        return out
    for rx in (_EMPLOYER, _ESTATE):
        for m in rx.finditer(text):
            if m.group("v").split(" ", 1)[0].lower() not in _GENERIC:
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
