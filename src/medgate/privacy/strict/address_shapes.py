"""Street addresses the English street passes miss, found by their shape in any language: a Dutch,
German or Nordic street name before its number, a house number and street before a town and its
postcode or county, a Spanish floor and door, a street in lower-case chat or after "on", an apartment
or suite number, "Our Lady of ..." and a PO box written without "PO". (Split from shapes.py, which
keeps the identifiers known by their shape.)"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.recognizers.address import STAGE_BEFORE
from medgate.privacy.strict.numbers import UNITS_AFTER
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_start

# An apartment or suite number ("apt 22", "Apt 3F", "Suite 210", "apto 5C"), a floor before a street
# number ("Level 2, 80 Ryrie St"), and a house number with a street before its unit ("1850 N
# Clybourn Apt 3F"), which names no street type
_UNIT_NUMBER: Final = re.compile(
    word_start(["apt", "apto", "suite", "ste"]) + r"\b\.?[ ]?#?[ ]?[A-Za-z]?\d{1,4}[A-Za-z]?\b(?![.,]\d)"
    r"|\bLevel[ ]\d{1,2}(?=,[ ]\d{1,5}[ ][A-Z])"
)
_STREET_BEFORE_UNIT: Final = re.compile(
    r"\d(?<![\w.,/\-]\d)\d{0,4}[ ](?:[NSEW]\.?[ ])?[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?(?=[ ](?i:apt|apto|suite|ste|unit)\b)"
)
# Street addresses the English shapes miss: a Dutch, German or Nordic street name before its number
# ("Westzeedijk 212-B"), and a house number and street before a town and its postcode or county
# ("2250 Kingsway, Vancouver V5N 2T7", "5 Cnoc na Gréine, Newbridge, Co. Kildare"); a Spanish floor
# and door ("4º izq.")
_STREET_SUFFIXES: Final = (
    "straat", "weg", "dijk", "laan", "gracht", "plein", "kade", "singel", "steeg", "straße", "strasse",
    "gasse", "allee", "platz", "damm", "ufer", "gatan", "vägen", "gade", "vej", "veien", "gata",
)  # fmt: skip
_STREET_FIRST: Final = re.compile(
    r"[A-ZÄÖÜÅØÆ](?<![\w][A-ZÄÖÜÅØÆ])[a-zäöüßåøæéè]+(?:" + "|".join(_STREET_SUFFIXES) + r")[ ]\d{1,4}(?:[-]?[A-Za-z])?(?![\w])"
)
_NUMBERED_STREET: Final = re.compile(
    r"\d(?<![\w.,/\-]\d)\d{0,4}[A-Za-z]?[ ](?:[A-Z][a-zà-ÿ'’\-]+|na|de|la|an|le|du|del|dos|da)"
    r"(?:[ ](?:[A-Z][a-zà-ÿ'’\-]+|na|de|la|an|le|du|del|dos|da)){0,3}"
    r"(?=,[ ]*[A-Z][\w'’.\-]+(?:[ ][A-Z][\w'’.\-]+)?,?[ ]*(?:Co\.[ ][A-Z]|[A-Z]{2}\b|[A-Z]\d[A-Z][ ]?\d[A-Z]\d"
    r"|[A-Z]{1,2}\d|\d{4,5}\b))"
)
_FLOOR_DOOR: Final = re.compile(r"(?<=, )\d{1,2}[ºª][ ]?(?:izq(?:uierda)?|izda|dcha|der(?:echa)?|[A-H])?\.?")
# A street in lower-case chat: a house number and street with its type ("4410 n kedzie ave apt 2b",
# "1127 e 9th st"),
# or a street named after "on" ("boots on high st", "on bolsa ave")
_LOWER_STREET: Final = re.compile(
    r"\d(?<![\w.,/\-]\d)\d{0,4}[a-z]?(?:[ ][nsew]\.?)?[ ](?!(?:and|or|to|the|with|at|for|from|of|in|on|since|my)[ ])"
    r"(?:\d{1,3}(?:st|nd|rd|th)|[a-z][a-z'’\-]+(?:[ ][a-z][a-z'’\-]+)?)[ ]"
    r"(?:ave|avenue|st|street|rd|road|blvd|dr|drive|ln|lane|way|ct|court|pl|terrace|cres|crescent|hwy)\b"
    r"(?:\.?[ ](?:apt|unit|ste|suite|flat|#)[ ]?[\w\-]{1,5})?"
)
_ON_STREET: Final = re.compile(  # (found from its "on", a literal the engine skips to)
    r"on(?<![\w]on)[ ](?!the\b|a\b|my\b|your\b)(?P<v>[A-Za-z][a-z'’\-]+(?:[ ][A-Za-z][a-z'’\-]+)?[ ]"
    r"(?:ave|avenue|st|street|rd|road|blvd|lane|ln|drive)\b)"
)
# ... written in capitals ("PHARMACY ON MILL RD")
_ON_STREET_CAPS: Final = re.compile(
    r"ON(?<![\w]ON)[ ](?!(?:THE|A|MY|YOUR|HIS|HER|THEIR|OUR|EACH|EVERY)\b)(?P<v>[A-Z][A-Z'’\-]+(?:[ ][A-Z][A-Z'’\-]+)?[ ]"
    r"(?:AVE|AVENUE|ST|STREET|RD|ROAD|BLVD|LANE|LN|DRIVE)\b)"
)
# Places that are names whatever the case: "Our Lady of the Angels", "OUR LADY OF LOURDES"; a PO box
# written without "PO" ("Address: Box 112")
_OUR_LADY: Final = re.compile(r"(?i:\bour lady of (?:the )?)[A-Z][\w'’]+(?:[ ][A-Z][\w'’]+)?")
_BOX: Final = re.compile(r"(?i:\b(?:p\.?o\.?[ ]?)?box)[ ]\d{1,6}\b")

def _counted(text: str, start: int) -> bool:
    """A stage's, day's or dose's count stands before the number ("day 2 scan wey dr fashola")."""
    return STAGE_BEFORE.search(text, max(0, start - 12), start) is not None


def address_shape_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)

    def add(kind: PhiType, start: int, end: int) -> None:
        out.append(Entity(kind, start, end, text[start:end]))

    if any(s in low for s in _STREET_SUFFIXES):
        for m in _STREET_FIRST.finditer(text):
            add(PhiType.ADDRESS, m.start(), m.end())
    for m in _NUMBERED_STREET.finditer(text):
        if not UNITS_AFTER.match(text, m.start() + len(m.group().split()[0])):
            add(PhiType.ADDRESS, m.start(), m.end())
    if "º" in text or "ª" in text:
        for m in _FLOOR_DOOR.finditer(text):
            add(PhiType.ADDRESS, m.start(), m.start() + len(m.group().rstrip(".")))
    if " ave" in low or " st" in low or " rd" in low or " blvd" in low or " lane" in low or " dr" in low \
            or " road" in low or " street" in low:
        for m in _LOWER_STREET.finditer(text):
            if not UNITS_AFTER.match(text, m.start() + len(m.group().split()[0])) and not _counted(text, m.start()):
                add(PhiType.ADDRESS, m.start(), m.end())
        for rx in (_ON_STREET, _ON_STREET_CAPS) if "ON " in text else (_ON_STREET,):
            for m in rx.finditer(text):
                if not UNITS_AFTER.match(text, m.start("v") + len(m.group("v").split()[0])):
                    add(PhiType.ADDRESS, m.start("v"), m.end("v"))
    if "lady" in low:
        for m in _OUR_LADY.finditer(text):
            add(PhiType.LOCATION, m.start(), m.end())
    if "box" in low:
        for m in _BOX.finditer(text):
            add(PhiType.ADDRESS, m.start(), m.end())
    if " apt" in low or "\napt" in low or "apto" in low or "suite" in low or " ste " in low or " ste." in low \
            or "Level " in text:
        for m in _UNIT_NUMBER.finditer(text):
            add(PhiType.ADDRESS, m.start(), m.end())
        for m in _STREET_BEFORE_UNIT.finditer(text):
            add(PhiType.ADDRESS, m.start(), m.end())
    return out
