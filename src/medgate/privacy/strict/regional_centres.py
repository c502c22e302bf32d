"""A public facility named by its tier and specialty, then its town: "Regional Cancer Centre,
Thiruvananthapuram", "District Eye Hospital, Sitapur", "State Mental Health Institute, Haldwani".
The town after the comma makes the generic-sounding name one place; without it ("referred to a
regional cancer centre") it stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_TIERED: Final = re.compile(
    r"\b(?P<v>(?:Regional|District|State|Provincial|Community)[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}"
    r"(?:Centre|Center|Hospital|Institute|Clinic))(?=,[ \t]*(?P<t>[A-Z][a-z]{3,}))"
)
_GATE: Final = ("regional", "district", "state", "provincial", "community")


def regional_centre_spans(text: str) -> list[Entity]:
    low = lowered(text)
    if not any(g in low for g in _GATE):
        return []
    return [Entity(PhiType.LOCATION, m.start("v"), m.end("v"), m.group("v")) for m in _TIERED.finditer(text)]
