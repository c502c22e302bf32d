"""Addresses told by their lot, block, box or house number the local way, which the street shapes
(a number, a name, a street type) miss: a Singapore HDB block and its unit ("Blk 31 Jurong East St
21 #05-112"), a lot and its phase (Jamaica, the Philippines, Fiji: "Lot 48, Phase 3"), a rural
box and route (Canada: "Box 9, RR 3"), a house number told "H/No." (Ghana, India, Pakistan), a door
number in the Hyderabad way ("#8-3-228/B"), a camp's room and block ("room 12, Block F"), a South
African township's stand and extension after a place word ("at 2231 ext 9"), a Spanish numbered
street with its block ("calle 40 bloque 12 #3"), and a French rural road after its number and a
comma ("41, rang Sainte-Anne")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_UNIT_ADDRESS: Final = re.compile(
    # HDB block, up to eight words of street, and the floor-unit number
    r"\b(?:Blk|BLK|Block)\.?[ \t]*\d{1,4}[A-Z]?[ \t]+[^\n#]{0,60}?#\d{1,3}-\d{1,5}[A-Z]?\b"
    # lot and phase, or lot before a capitalised street name
    r"|\b(?:Lot|LOT)[ \t]+\d{1,5}[A-Z]?,[ \t]*(?:(?:Phase|PHASE)[ \t]+\d{1,3}[A-Z]?\b|[A-Z][a-z]+[ \t]+"
    r"(?:Avenue|Road|Street|Drive|Lane|Crescent|Close|Place)\b(?:[ \t]+extension)?)"
    # rural box and route
    r"|\b(?:P\.?O\.?[ \t]+)?Box[ \t]+\d{1,5},?[ \t]*(?:RR|R\.R\.)[ \t]*#?[ \t]*\d{1,3}\b"
    # house number
    r"|\b(?:[Hh][ \t]*[/.][ \t]*|House[ \t]+)[Nn]o\.?[ \t]*:?[ \t]*\d{1,5}[A-Z]?\b(?![-/]\d)(?:,[ \t]*[A-Z][a-z]+[ \t]+(?:Street|Road|Lane|Avenue)\b)?"
    # door number in three parts
    r"|(?<![\w#])#[ \t]?\d{1,2}-\d{1,3}-\d{2,4}(?:/[A-Z0-9]{1,3})?(?=,)"
    # room and block
    r"|\b(?i:room|rm)[ \t]+\d{1,4}[A-Z]?,[ \t]*(?i:block|blk)[ \t]+[A-Z0-9]{1,2}\b"
    # Spanish numbered street and its block or number
    r"|\b(?i:calle|carrera|avenida)[ \t]+\d{1,4}[A-Z]?(?:[ \t]+(?i:bloque|blq\.?|casa|edificio)[ \t]+\d{1,4}[A-Z]?)?"
    r"(?:[ \t]*#[ \t]*\d{1,4}[A-Z]?(?:-\d{1,4})?)?(?!\w)"
    # French rural road, number and comma first
    r"|\b\d{1,5}[A-Z]?,[ \t]+(?:rang|montée|chemin|rue)[ \t]+(?:(?:du|de|des|de la)[ \t]+)?[A-Z][\w'’\-]+"
)
# a township stand and extension after a place word ("im at 2231 ext 9"; "call 4471 ext 2" is a phone)
_EXTENSION: Final = re.compile(
    r"(?i:\b(?:at|in|live|lives|living|stay|stays|staying|address)[ \t]+)(?P<v>\d{1,5}[ \t]+(?i:ext|extension)\.?[ \t]*\d{1,3})\b"
)
_CUES: Final = ("Blk", "BLK", "Block", "Lot", "LOT", "Box", "No", "no", "#", "oom", "RM", "Rm", "rm", "alle", "arrera", "venida", "rang", "montée", "chemin", "rue", "ALLE")


def unit_address_spans(text: str) -> list[Entity]:
    if not any(c in text for c in _CUES) and "ext" not in text.lower():
        return []
    out = [Entity.of(PhiType.ADDRESS, m) for m in _UNIT_ADDRESS.finditer(text)]
    out.extend(Entity.of(PhiType.ADDRESS, m, "v") for m in _EXTENSION.finditer(text))
    return out
