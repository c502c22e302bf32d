"""Addresses of Japan and Korea written in Latin letters, whose numbers come first and whose street
has no English type word: a Japanese block address, chome-ban-go, before its district and then a
ward or city with its suffix ("3-8-12 Nakazaki, Kita-ku", "1-5 Minamisenba, Chuo-ku"), and a Korean
road-name address, its building number before a road ending in -ro, -daero or -gil ("21-3
Sinchon-ro", "118 Teheran-ro", "7 Bukchon-gil"). Kept: a score or a ratio of numbers before a word
("2-1-0 Liverpool"), and a road word on its own ("Nonhyeon-ro" with no number)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_NAME: Final = r"[A-Z][a-z]+(?:-[a-z]+)?"
# chome-ban(-go), the district, then its ward or city with the suffix that says it is one
_CHOME: Final = re.compile(
    rf"(?<![\w/.-])\d{{1,2}}-\d{{1,3}}(?:-\d{{1,3}})?[ ]{_NAME}(?=,?[ ][A-Z][a-z]+-(?:ku|shi|cho|machi|gun)\b)"
)
# a building's number, then a road whose name ends in its type
_ROAD: Final = re.compile(r"(?<![\w/.-])\d{1,4}(?:-\d{1,3})?[ ][A-Z][a-z]+(?:[ ]?\d{0,2})?-(?:ro|daero|gil)\b")
_WARD_CUES: Final = ("-ku", "-shi", "-cho", "-machi", "-gun")
_ROAD_CUES: Final = ("-ro", "-gil")  # ("-daero" holds "-ro")


def block_address_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    if any(c in text for c in _WARD_CUES):
        out.extend(Entity.of(PhiType.ADDRESS, m) for m in _CHOME.finditer(text))
    if any(c in text for c in _ROAD_CUES):
        out.extend(Entity.of(PhiType.ADDRESS, m) for m in _ROAD.finditer(text))
    return out
