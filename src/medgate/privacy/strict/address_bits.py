"""Pieces of an address the street rules miss because no street type follows a number:

- a street corner, an ordinal street and the cross street ("4th Ave & Main", "12th & madison",
  "2nd St and Olive"), and "corner of X rd and Y rd" ("cnr of logan rd and old cleveland rd");
- a US grid address, two numbers each with its compass letter ("1450 E 3300 S");
- the dwelling inside a block or compound, its word and its number or letter: "unit 804",
  "unit C", "house 14", "house no 311", "house no. C 142/7", "H/No. D71/3", "plot 92", "bloc C", "bldg Haddad", "camera 214"
  (Romanian for room, after a bloc), "apartment nine" in a dictated address;
- a Thai address, house number and its village ("88/5 Moo 7");
- an Argentine postcode (CPA: a province letter, four digits, three letters: "B1636DSR");
- a Trinidadian light-pole address ("LP 12 MORTON TRACE").
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_ORDINAL_CUE: Final = re.compile(r"\d(?:st|nd|rd|th|ST|ND|RD|TH)\b")
_ORD: Final = r"\d{1,3}(?i:st|nd|rd|th)"
_STREET_ABBR: Final = r"(?i:st|street|ave|avenue|av|blvd|rd|road)\.?"
# an ordinal street, then "&" or "and" and the cross street's one or two words
_CORNER: Final = re.compile(
    rf"(?<![\w/.\-]){_ORD}(?:[ ]{_STREET_ABBR})?[ ]*(?:&|(?P<and>and))[ ]*"
    r"(?P<x>[A-Za-z][a-z]+)(?:[ ]" + _STREET_ABBR + r")?(?![\w&])"
)
# ordinary words that end a phrase like "2nd and final", "1st & only", "3rd and last"
_NOT_A_STREET: Final = frozenset(
    [
        "final",
        "last",
        "only",
        "third",
        "fourth",
        "fifth",
        "second",
        "first",
        "next",
        "further",
        "subsequent",
        "most",
        "more",
        "again",
        "so",
        "then",
        "after",
        "before",
        "the",
        "a",
        "an",
        "also",
        "was",
        "is",
        "are",
        "were",
        "has",
        "had",
        "will",
    ]
)
_ROAD: Final = r"[A-Za-z][a-z]+(?:[ ][A-Za-z][a-z]+)?[ ](?i:rd|road|st|street|ave|avenue|hwy|highway|dr|drive)\b\.?"
_CNR: Final = re.compile(
    rf"(?i:\b(?:cnr|corner)\.?(?:[ ]of)?[ ]+)(?P<v>{_ROAD}[ ]*(?:&|and|/)[ ]*{_ROAD})"
)
_COMPASS: Final = (" N ", " S ", " E ", " W ")
# (this scan and the three after _DWELLING start with the character every match begins with, which
# the regex engine skips to; the lookbehind that stood before it is read from after it)
_GRID: Final = re.compile(r"\d(?<![\w/.\-]\d)\d{1,4}[ ][NSEW][ ]\d{2,5}[ ][NSEW](?![\w\-])")
_SPOKEN_NUMBER: Final = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
)
# the dwelling's word and its number; "unit" only with three or more digits or a lone capital
# letter ("unit 2 of PRBC", "stroke unit 4" stay), "house"/"plot" with a number, "no"/"number"
# allowed between ("house no 311", "plot no. 92")
_DWELLING: Final = re.compile(
    r"(?<![\w\-])(?:"
    r"(?i:unit)[ ](?:#[ ]?)?(?:\d{3,5}[A-Za-z]?|[A-Z])(?=[,;.)]|\s|$)"
    # a Ghanaian or South Asian house number with its block letter and its sub-plot ("house no. C 142/7")
    # (and its label run together: "H/No. D71/3", "H.No C 12")
    r"|(?:(?i:house|hse|plot)[ ](?i:no\.?|number|#)|H[/.][ ]?No\.?)[ ]?[A-Za-z][ \-]?\d{1,5}(?:/\d{1,4})?(?![\w/%]|[.,\-]\d)"
    r"|(?i:house|plot|erf)(?:[ ](?i:no\.?|number|#))?[ ]?\d{1,5}[A-Za-z]?"
    r"(?![\w/%]|[.,\-]\d|[ ]*(?i:mg|ml|units?|x|times|days?|weeks?|wks?|months?|yrs?|years?|hrs?|hours?|mins?)\b)"
    r"|(?i:bloc|bldg\.?|building|imeuble|immeuble)[ ](?:[A-Z]\d?(?![\w])|[A-Z][a-z]+(?![\w])|\d{1,4}[A-Za-z]?(?![\w]))"
    r"(?:[ ,]+(?i:camera|scara|sc\.|ap\.?|apt\.?|etaj)[ ]?\d{1,4})?"
    r"|(?i:apartment|flat)[ ]"
    + _SPOKEN_NUMBER
    + r"(?:[ \-]"
    + _SPOKEN_NUMBER
    + r")?(?![\w\-]|[ ](?i:hundred|thousand))"
    r")"
)
_DWELLING_CUES: Final = (
    "unit",
    "h/no",
    "h.no",
    "h. no",
    "h/ no",
    "house",
    "plot",
    "erf",
    "bloc",
    "bldg",
    "building",
    "meuble",
    "apartment",
    "flat",
)
# Thai: a house number (often "n/n") and its village ("moo", "mu", "m."), a number
_MOO: Final = re.compile(
    r"\d(?<![\w/.\-]\d)\d{0,3}(?:/\d{1,4})?,?[ ](?:Moo|moo|MOO|Mu|M\.)[ ]?\d{1,2}(?![\w/])"
)
# Argentina's CPA: a province letter (not I, O), four digits, three letters
_CPA: Final = re.compile(r"[A-HJ-NP-Z](?<![\w\-][A-HJ-NP-Z])\d{4}[A-Z]{3}(?![\w\-])")
# Trinidad and Tobago: a light pole's number and the trace, road or street it stands on
_LIGHT_POLE: Final = re.compile(
    r"L(?<![\w\-]L)P[ ]?#?\d{1,4}[ ,]+(?:[A-Z][A-Za-z']+[ ]){1,3}(?i:trace|road|rd|street|st|avenue|ave|extension|ext)\b"
)


def address_bit_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    if ("&" in text or "and " in text) and _ORDINAL_CUE.search(text):
        for m in _CORNER.finditer(text):
            x = m.group("x").lower()
            if (
                x in _NOT_A_STREET
                or x in cues.DAY_WORDS
                or x in cues.MONTHS
                or x in cues.FOREIGN_WEEKDAYS
            ):
                continue
            if m.group("and") and not m.group("x")[0].isupper():
                continue  # ("2nd and fluids"): with "and", the cross street is capitalised
            out.append(Entity.of(PhiType.ADDRESS, m))
    low = lowered(text)
    if "cnr" in low or "corner" in low:
        for m in _CNR.finditer(text):
            out.append(Entity.of(PhiType.ADDRESS, m, "v"))
    if any(c in text for c in _COMPASS):
        for m in _GRID.finditer(text):
            out.append(Entity.of(PhiType.ADDRESS, m))
    if any(c in low for c in _DWELLING_CUES):
        for m in _DWELLING.finditer(text):
            out.append(Entity.of(PhiType.ADDRESS, m))
    if "moo" in low or " Mu " in text or " M." in text:
        for m in _MOO.finditer(text):
            out.append(Entity.of(PhiType.ADDRESS, m))
    for m in _CPA.finditer(text):
        out.append(Entity.of(PhiType.ZIP, m))
    if "LP" in text:
        for m in _LIGHT_POLE.finditer(text):
            out.append(Entity.of(PhiType.ADDRESS, m))
    return out
