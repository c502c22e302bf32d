"""An address of the Maghreb, the Caribbean or Madagascar told by numbers, not by a street's name:
a numbered street or block and the door's "n°" ("rue 8 n° 21", "Bt 3 n° 11"), with the district
before it when one stands there ("Hay Amal, rue 8 n° 21", "Cité 500 Logements, Bt 3 n° 11"), a
Spanish block and door after an avenue's name ("Calle Luna Blq 7 #3"), and a Malagasy lot, its
Roman-numbered block and its number before the quarter ("Lot IIK 14 Ter Ambohijatovo"). The door's
"n°", the "#" after a block or the lot's numeral is the proof: "rue 8" alone, "dossier n° 21" or a
vaccine's "Lot EK5730" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_PLACE: Final = r"[A-ZÀ-Ý][\wÀ-ÿ'’\-]+"
# the district first: a Moroccan "hay", an Algerian "cité" (its housing count in its name), a quarter
_DISTRICT: Final = rf"(?:(?:Hay|Hai|Cité|Cite|Quartier|Douar|Derb)[ ](?:\d{{1,4}}[ ])?{_PLACE}(?:[ ]{_PLACE})?,[ ]?)?"
# the street or block by its number, then the door
_DOOR: Final = re.compile(
    _DISTRICT
    + r"\b(?:[Rr]ue|[Aa]v\.?|[Aa]venue|[Bb]d|[Bb]oulevard|[Ii]mpasse|Bt|Bât\.?|[Bb]âtiment|[Bb]loc|[Ii]mm\.?|[Ii]mmeuble)"
    r"[ ]\d{1,4}[A-Z]?,?[ ](?:n°|N°|nº|Nº)[ ]?\d{1,4}[A-Za-z]?\b"
)
# a block and door after an avenue's or a street's name ("Ave. Luis Muñoz Blq 5 #12")
_BLOCK: Final = re.compile(
    rf"\b(?:Ave?\.|Avenida|Calle|C/)[ ](?:{_PLACE}[ ]){{1,3}}(?:Blq|Bloque)\.?[ ]\d{{1,3}}[ ]?#[ ]?\d{{1,4}}[A-Z]?\b"
)
# a Malagasy lot: a Roman block (letters may follow), its number, "Bis"/"Ter", the quarter
_LOT: Final = re.compile(
    r"\bLot[ ][IVX]{1,4}[A-Z]{0,2}[ ]?\d{1,4}(?:[ ](?:Bis|Ter|bis|ter|[A-Z]))?[ ][A-Z][a-z]{3,}\b"
)


def numbered_door_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    if "°" in text or "º" in text:
        out.extend(Entity.of(PhiType.ADDRESS, m) for m in _DOOR.finditer(text))
    if "Bl" in text and "#" in text:
        out.extend(Entity.of(PhiType.ADDRESS, m) for m in _BLOCK.finditer(text))
    if "Lot " in text:
        out.extend(Entity.of(PhiType.ADDRESS, m) for m in _LOT.finditer(text))
    return out
