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

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import any_of, cue_finditer

_UNIT_ADDRESS: Final = re.compile(
    # every match starts with one of these characters, so the regex engine skips to them; a
    # lookbehind then says which alternative can stand there and checks the word boundary the
    # alternative began with (\b before a word character: no word character before it)
    r"[BbLPHh#rRcCaA\d](?:"
    # HDB block, up to eight words of street, and the floor-unit number (typed in lower case too:
    # "blk 23 jurong west st 41 #05-118"; not "block", which a heart has)
    r"(?<=[Bb])(?<!\w.)(?:(?<=B)(?:lk|LK|lock)|(?<=b)lk)\.?[ \t]*\d{1,4}[A-Z]?[ \t]+[^\n#]{0,60}?#\d{1,3}-\d{1,5}[A-Z]?\b"
    # lot and phase, or lot before a capitalised street name
    r"|(?<=L)(?<!\w.)(?:ot|OT)[ \t]+\d{1,5}[A-Z]?,[ \t]*(?:(?:Phase|PHASE)[ \t]+\d{1,3}[A-Z]?\b|[A-Z][a-z]+[ \t]+"
    r"(?:Avenue|Road|Street|Drive|Lane|Crescent|Close|Place)\b(?:[ \t]+extension)?)"
    # rural box and route
    r"|(?<=[PB])(?<!\w.)(?:(?<=P)\.?O\.?[ \t]+B|(?<=B))ox[ \t]+\d{1,5},?[ \t]*(?:RR|R\.R\.)[ \t]*#?[ \t]*\d{1,3}\b"
    # house number
    r"|(?<=[Hh])(?<!\w.)(?:[ \t]*[/.][ \t]*|(?<=H)ouse[ \t]+)[Nn]o\.?[ \t]*:?[ \t]*\d{1,5}[A-Z]?\b(?![-/]\d)(?:,[ \t]*[A-Z][a-z]+[ \t]+(?:Street|Road|Lane|Avenue)\b)?"
    # door number in three parts
    r"|(?<=#)(?<![\w#].)[ \t]?\d{1,2}-\d{1,3}-\d{2,4}(?:/[A-Z0-9]{1,3})?(?=,)"
    # room and block
    r"|(?<=[rR])(?<!\w.)(?i:oom|m)[ \t]+\d{1,4}[A-Z]?,[ \t]*(?i:block|blk)[ \t]+[A-Z0-9]{1,2}\b"
    # Spanish numbered street and its block or number
    r"|(?<=[cCaA])(?<!\w.)(?i:(?<=c)(?:alle|arrera)|(?<=a)venida)[ \t]+\d{1,4}[A-Z]?(?:[ \t]+(?i:bloque|blq\.?|casa|edificio)[ \t]+\d{1,4}[A-Z]?)?"
    r"(?:[ \t]*#[ \t]*\d{1,4}[A-Z]?(?:-\d{1,4})?)?(?!\w)"
    # French rural road, number and comma first
    r"|(?<=\d)(?<!\w.)\d{0,4}[A-Z]?,[ \t]+(?:rang|montée|chemin|rue)[ \t]+(?:(?:du|de|des|de la)[ \t]+)?[A-Z][\w'’\-]+"
    r")"
)
# a township stand and extension after a place word ("im at 2231 ext 9"; "call 4471 ext 2" is a phone)
_EXTENSION: Final = re.compile(
    r"(?i:\b(?:at|in|live|lives|living|stay|stays|staying|address)[ \t]+)(?P<v>\d{1,5}[ \t]+(?i:ext|extension)\.?[ \t]*\d{1,3})\b"
)
# what every extension match holds, found from its digit ("ext" alone is in "next", "text")
_EXTENSION_CUE: Final = re.compile(r"\d[ \t]+[eE][xX][tT]")
_CUES: Final = ("Blk", "blk", "BLK", "Block", "Lot", "LOT", "Box", "No", "no", "#", "oom", "RM", "Rm", "rm", "alle", "arrera", "venida", "rang", "montée", "chemin", "rue", "ALLE")
_ANY_CUE: Final = any_of(_CUES)  # (one search, not one `in` per entry)
# What each match but the French one begins with, lower-cased (the house number's "H" before its
# slash, dot or space): the scan is tried only where `str.find` sees one, not at every digit and at
# every word beginning "a", "c", "h" or "r"
_HEADS: Final = (
    "blk", "block", "lot", "p.o", "po", "box", "house", "h/", "h.", "h ", "h\t", "#", "room", "rm", "calle",
    "carrera", "avenida",
)  # fmt: skip
# ... and what the French one holds after its number, found from its comma (a literal the regex
# engine skips to): with it, every position
_FRENCH_ROAD: Final = re.compile(r",[ \t]+(?:rang|montée|chemin|rue)")


def unit_matches(text: str) -> list[re.Match[str]]:
    """`_UNIT_ADDRESS.finditer(text)`, tried only where a match can begin."""
    if _FRENCH_ROAD.search(text):
        return list(_UNIT_ADDRESS.finditer(text))
    return list(cue_finditer(_UNIT_ADDRESS, text, lowered(text), _HEADS))


def unit_address_spans(text: str) -> list[Entity]:
    extension = _EXTENSION_CUE.search(text) is not None
    if not extension and not _ANY_CUE.search(text):
        return []
    out = [Entity.of(PhiType.ADDRESS, m) for m in unit_matches(text)]
    if extension:
        out.extend(Entity.of(PhiType.ADDRESS, m, "v") for m in _EXTENSION.finditer(text))
    return out
