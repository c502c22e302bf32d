"""Each address found in part widened to the whole of it: the flat, floor, block or lot written
around a street ("2 Ballyholme Esplanade flat 6", "Av. Rivadavia 5420 piso 3 depto B", "Lot 46
Content Gardens", "Weidenstraße 41, 2. OG links"), and the house number after a street named
type-first ("Rua Prof. Clóvis Bevilácqua 318 ap 52", "Pasaje Los Aromos 2231"). The part left
unmasked would still narrow where the person lives.
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

# Words for a dwelling's part, in the languages of the addresses medgate sees (a closed class; a
# word before the shorter ones it starts with, or "app. 2" reads as "ap" and a unit letter "p")
_UNIT = (
    r"(?:apartment|appt|apto|apt|app|ap|unit|suite|ste|flat|floor|fl|piso|depto|dpto|interior|int|"
    r"bldg|building|blk|block|lote|lot|no|nr|nº|house|casa|torre|tower|level|lvl|rm|room|door|puerta|"
    r"pta|andar|bloco|bl|quadra|qd|lote|plot|daire|kat|h#|#|"
    # an address's district part: India's sector, South Africa's section and zone, Ethiopia's woreda,
    # the Philippines' phase, purok and barangay ("Gulmohar Heights, Sector 20", "woreda 03")
    r"sector|section|zone|phase|woreda|kebele|purok|brgy|"
    # a building, staircase, box or flat in French, Belgian, Swedish, Serbian, Italian and German letters
    r"bât|bâtiment|bat|esc|escalier|bte|lgh|stan|scala|whg|stiege|stg|"
    # a Quebec flat ("7210, av. Durocher, logement 4")
    r"logement)"
)
# After the street or its number: a unit and its number ("flat 6", "piso 3 depto B", "int 3",
# "apt #4B"), a floor ("2. OG links", "4th floor"), or, with no comma before it, the house number.
_UNIT_AFTER: Final = re.compile(
    rf"[ \t]*,?[ \t]*(?i:{_UNIT})(?![A-Za-z])\.?[ \t]*#?[ \t]*(?=[\w])(?:\d{{1,5}}[A-Za-z]?|[A-Za-z]\b|[A-Za-z]?\d{{1,4}}[A-Za-z]?)"
    r"(?![\w/])"
    r"|[ \t]*,?[ \t]*\d{1,2}(?:st|nd|rd|th|\.|º|ª)?[ \t]+(?i:floor|fl|og|eg|piso|andar|étage|etage|stock)\b"
    r"(?:[ \t]+(?i:links|rechts|left|right|izq|izquierda|dcha|derecha|front|back))?"
    r"|[ \t]*,?[ \t]*\d{1,2}/F(?![\w/])"  # Hong Kong's floor after the street ("..., 12/F")
)
_HOUSE_NUMBER: Final = re.compile(
    r"[ \t]+\d{1,5}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?(?![\w/.,]\d|[\w/])"
    r"(?!(?<=\d[ap])[–\-]\d)"  # (opening hours: "on Main St 9a–6p")
    r"(?![ \t]+(?i:days?|weeks?|wks?|months?|years?|yrs?|hours?|hrs?|times?|mins?|minutes?|x|am|pm|o'clock)\b)"
)
# Before a number-led address: its unit word ("Lot 46 ...", "flat 303 ...", "Blk 622 ...").
_UNIT_BEFORE: Final = re.compile(rf"(?i:\b{_UNIT})\.?[ \t]*\Z")
# ... or a unit with its number and a comma before a street ("No 12, Jalan SK 5/3"), a floor
# ("3rd Floor, 12 Mount Road", "Ground floor, ..."), or an Edinburgh flat ("3F2, 8 Warrender Park Road":
# floor 3, door 2; PF is the principal floor, GF the ground)
_NUMBERED_UNIT_BEFORE: Final = re.compile(
    rf"(?i:\b{_UNIT})\.?[ \t]*#?[ \t]*\d{{1,5}}[A-Za-z]?[ \t]*,?[ \t]*\Z"
    r"|(?i:\b(?:\d{1,2}(?:st|nd|rd|th)?|ground|first|second|third|fourth|fifth|top)[ \t]+(?:floor|flr|fl)\.?)[ \t]*,[ \t]*\Z"
    r"|\b(?:\d{1,2}|P|G|B)F\d{1,2}[ \t]*,[ \t]*\Z"
)
# Street types written before the name ("Rua ...", "Calle ...", "Jalan ...", "Pasaje ..."): a name or
# place found starting with one is a street, and takes the house number after it.
_TYPE_FIRST: Final = frozenset({
    "rua", "calle", "carrera", "avenida", "av", "av.", "avda", "pasaje", "via", "viale", "piazza",
    "corso", "rue", "avenue", "boulevard", "chemin", "allée", "impasse", "ulica", "ul.", "ul",
    "jalan", "jl", "jl.", "jln", "lorong", "soi", "thanon", "duong", "đường", "phố", "share3",
    "sharia", "shari", "street", "road",
})  # fmt: skip
# Street types a number follows in Singapore, Malaysia, Cambodia ("Ang Mo Kio Ave 4", "Jalan SS 2/24")
_NUMBERED_STREET_TYPES: Final = frozenset(
    {"ave", "avenue", "st", "street", "rd", "road", "jalan", "jln", "lorong", "soi", "sector"}
)
_UNIT_WORD: Final = re.compile(rf"(?i:{_UNIT})")
_UNIT_NUMBER: Final = re.compile(
    r"[ \t]*#?[ \t]*(?:\d{1,5}[A-Za-z]?|[A-Za-z]?\d{1,4}[A-Za-z]?)(?![\w/])"
    r"(?:[ ][b-hj-zB-HJ-Z](?![\w'’]))?"  # (its letter said apart, voice typing: "apartment 4 c"; not "a", "i")
)
# a quarter of the city after the street type ("Beacon Avenue South", "45th street ne")
_DIRECTION_AFTER: Final = re.compile(
    r"[ \t]+(?i:north|south|east|west|northeast|northwest|southeast|southwest|ne|nw|se|sw)\b(?![ \t]+of\b)"
)
_STREET_TYPES: Final = frozenset({
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "dr", "way", "place",
    "pl", "court", "ct", "lane", "ln", "parkway", "pkwy", "highway", "hwy", "terrace",
})  # fmt: skip
_SPACED_UNIT_LETTER: Final = re.compile(r"[ ][b-hj-zB-HJ-Z](?![\w'’])")
_ADDRESS_KINDS: Final = frozenset({PhiType.ADDRESS, PhiType.LOCATION, PhiType.NAME})


def _street_first(e: Entity) -> bool:
    first = e.text.split(None, 1)[0].lower()
    return e.type is not PhiType.ADDRESS and first in _TYPE_FIRST and " " in e.text


def _unit_before(text: str, start: int, found: list[Entity]) -> int:
    """Where the address starting at `start` starts with its unit: "Lot 46 ...", "No 12, Jalan ..."."""
    if text[start : start + 1].isdigit() and (m := _UNIT_BEFORE.search(text, max(0, start - 8), start)):
        return m.start()
    m = _NUMBERED_UNIT_BEFORE.search(text, max(0, start - 16), start)
    if m is None or any(o.start < start and o.end > m.start() for o in found):
        return start  # (a unit that ends another address found is that one's: "Apt 2R, Chicago IL")
    return m.start()


def whole_addresses(text: str, found: list[Entity]) -> list[Entity]:
    out = list(found)
    for k, e in enumerate(found):
        if e.type not in _ADDRESS_KINDS:
            continue
        street = _street_first(e)
        last = e.text.rsplit(None, 1)[-1].lower().rstrip(".")
        if e.type is not PhiType.ADDRESS and not street and not (
            last in _NUMBERED_STREET_TYPES and " " in e.text and _HOUSE_NUMBER.match(text, e.end)
        ):
            continue  # (a place found as "Makariou Avenue" takes its number: "Makariou Avenue 145")
        start, end = e.start, e.end
        if (street or last in _NUMBERED_STREET_TYPES) and (m := _HOUSE_NUMBER.match(text, end)):
            end = m.end()  # "Calle Mayor 5", "Ang Mo Kio Ave 4"
        if last in _STREET_TYPES and (m := _DIRECTION_AFTER.match(text, end)):
            end = m.end()  # "4410 beacon avenue south": the quarter narrows it
        if _UNIT_WORD.fullmatch(last) and (m := _UNIT_NUMBER.match(text, end)):
            end = m.end()  # the unit found without its number: "... Esplanade flat" + " 6"
        elif e.text[-1:].isdigit() and _UNIT_WORD.fullmatch(e.text.split()[-2].lower() if " " in e.text else "") and (
            m := _SPACED_UNIT_LETTER.match(text, end)
        ):
            end = m.end()  # "... apartment 2" + " b"
        while m := _UNIT_AFTER.match(text, end):
            end = m.end()
        start = _unit_before(text, start, found)
        if (start, end) != (e.start, e.end):
            out[k] = Entity(PhiType.ADDRESS, start, end, text[start:end])
    return out
