"""Street addresses and postcodes in the shapes of other countries, each a scan that runs only
where its cue word occurs:

- Polish "ul. Kwiatowa 17 m. 4" / "ul. Długa 5/12", and the postcode "30-112" before a town;
- Brazilian "Rua das Acácias, 245 apto 32" / "Av. Paulista, 1578" and the CEP "04567-120";
- a chain of numbered parts, as in Pakistan, the Gulf and Hong Kong: "house 42-B street 7",
  "Villa 12, Street 19", "Flat 12B, Block 3, Wing Fai Court";
- a named road with a plot or house number after it, as in Kenya: "Mvule road house 9",
  "Ngong road plot 14".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import ClassVar, Final

from medgate.privacy.recognizers.base import Pattern, Recognizer, Span
from medgate.privacy.recognizers.common import LOWER, UPPER
from medgate.privacy.types import PhiType

CAP_WORD = rf"[{UPPER}][{LOWER}{UPPER}'’\-]*"
ANY_WORD = rf"[{LOWER}{UPPER}][{LOWER}{UPPER}'’\-]*"
# Polish: "ul." / "ulica" / "aleja" / "osiedle", the name, the number, a flat after
# "m." or a slash
PL_STREET = (
    rf"(?i:\b(?:ul\.|ul(?=[ \t])|ulica|aleja|osiedle))[ \t]*{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}}"
    r"[ \t]+\d{1,4}[A-Za-z]?(?:[ \t]*/[ \t]*\d{1,4}|[ \t]+(?i:m\.?|lok\.?)[ \t]*\d{1,4})?(?![\w/])"
)
# Brazil / Portugal: the street type, its name (with "das", "do"...), the number, then apartment,
# block or house parts
BR_PARTICLE = r"(?:(?i:de|da|das|do|dos|e)[ \t]+)"
BR_STREET = (
    r"(?i:\b(?:rua|av\.|avenida|travessa|alameda|estrada|praça|rodovia))"
    rf"[ \t]+{BR_PARTICLE}?{ANY_WORD}(?:[ \t]+{BR_PARTICLE}?{ANY_WORD}){{0,3}},?[ \t]+"
    r"(?:(?i:n[º°o]\.?)[ \t]*)?\d{1,5}(?![\d/.:])"
    r"(?:[ \t]*[,\-]?[ \t]*(?i:apto?|apartamento|bloco|bl|casa|sala|conj|cj)\.?[ \t]*\d{1,4}[A-Za-z]?\b)*"
)
CEP = r"(?i:\bcep)[ \t.:]*(?P<z>\d{5}-?\d{3})(?![\w\-])"
# A chain of numbered parts: a dwelling, then a street, block or sector number, then a named
# building ("..., Wing Fai Court")
DWELLING = (
    r"(?i:house|h\.[ \t]*no|villa|flat|apt|apartment|plot|bldg|building|shop)\.?"
    r"[ \t]*(?:(?i:no)\.?[ \t]*)?\d{1,4}(?:-?[A-Za-z])?(?![\w/])"
)
PART = (
    r"(?i:street|st|road|rd|block|blk|sector|lane|gali|phase|tower|floor)\.?"
    r"[ \t]*(?:(?i:no)\.?[ \t]*)?\d{1,4}[A-Za-z]?(?![\w/])"
)
BUILDING = (
    rf"(?:{CAP_WORD}[ \t]+){{1,3}}(?:Court|Estate|Mansions?|Building|House|Gardens?|Centre|Center|"
    r"Towers?|Plaza|Villas?|Heights|Terrace|Residences?|Apartments)\b"
)
CHAIN = rf"\b{DWELLING}(?:,?[ \t]+{PART})+(?:,[ \t]*{BUILDING})?"
# "Mvule road house 9", "Ngong Rd plot 14"
ROAD_PLOT = (
    rf"(?<![\w\-]){CAP_WORD}[ \t]+(?i:road|rd|street|st|avenue|ave|lane|drive|close|crescent)\.?"
    r"[ \t]+(?i:plot|house|hse)\.?[ \t]*\d{1,4}[A-Za-z]?(?![\w/])"
)
# Polish postcode before its town, as an address's part: ", 30-112 Kraków" (not a range "10-120
# Units": a comma or a line start before it, the town after)
# (found from its dash, a literal the search skips to; the two digits before it and what stands
# before them are checked in `post`)
PL_POSTCODE = rf"-(?<=\d\d-)\d{{3}}(?=[ \t]+[{UPPER}][{LOWER}]{{2,}})"


# (each cue is one pass over the text: the fewest that start every shape; "apt" is in "apartment")
_BR_CUES: Final = ("rua", "av.", "avenida", "travessa", "alameda", "estrada", "praça", "rodovia")
_CHAIN_CUES: Final = ("house", "h.", "villa", "flat", "apt", "plot", "bldg", "building", "shop")


class WorldAddressRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.ADDRESS
    value_groups: ClassVar[tuple[str, ...]] = ("v", "z")
    scans: ClassVar[tuple[Pattern, ...]] = (
        Pattern("br_street", rf"(?P<v>{BR_STREET})", cues=_BR_CUES, anchored=True),
        Pattern("chain", rf"(?P<v>{CHAIN})", cues=_CHAIN_CUES, anchored=True),
        Pattern("pl_street", rf"(?P<v>{PL_STREET})", cues=("ul", "aleja", "osiedle"), anchored=True),
        Pattern("cep", CEP, cues=("cep",), anchored=True),
        Pattern("road_plot", rf"(?P<v>{ROAD_PLOT})", cues=(" plot", " house", " hse")),
    )

    def entity_for(self, value: str, text: str, start: int, end: int) -> PhiType:
        return PhiType.ZIP if value[0].isdigit() and _ZIP.fullmatch(value) else PhiType.ADDRESS

    def post(self, text: str, found: Sequence[Span]) -> Iterable[Span]:
        if "-" not in text:
            return []
        return [
            (PhiType.ZIP, m.start() - 2, m.end())
            for m in _PL_POSTCODE.finditer(text)
            if _part_start(text, m.start() - 2)
        ]


def _part_start(text: str, at: int) -> bool:
    """At the text's or a line's start, or after a comma and a space: one part of an address."""
    return at == 0 or text[at - 1] == "\n" or text[max(0, at - 2) : at] in (", ", ",\t")


_ZIP: Final = re.compile(r"\d{5}-?\d{3}|\d{2}-\d{3}")
_PL_POSTCODE: Final = re.compile(PL_POSTCODE)
