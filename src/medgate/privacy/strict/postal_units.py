"""A postal address told by its mail bag or its shop, which the street shapes (a number, a name, a
street type) miss: a private mail bag, as Nigerian, Ghanaian and South African institutions give
theirs ("P.M.B. 2217", "PMB 40", "Private Mail Bag 12", "Private Bag X9105"), an Australian locked bag
("Locked Bag 3"), with the town and postal code a letterhead gives after it ("Private Bag X4021,
Mabopane 0190"), and a shop's, kiosk's or stall's number before a street with no type ("Shop 7, 22
Strand", "Kiosk 3, 140 The Mall"). "PMB" alone, "a bag of fluids", "shop 2 days ago" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_MAIL_BAG: Final = re.compile(
    r"(?<![\w.])(?:P\.[ ]?M\.[ ]?B\.?|PMB|(?i:private[ ]mail[ ]bag|private[ ]bag|locked[ ]bag))"
    r"[ \t]*(?:No\.?[ \t]*)?[:#]?[ \t]*[A-Z]?\d{1,6}(?![\w/])"
)
# its town and postal code after a comma, as a letterhead goes on ("Private Bag X4021, Mabopane 0190")
_TOWN_CODE: Final = re.compile(
    r",[ \t]*(?P<town>[A-Z][A-Za-z'’\-]+)[ \t]+(?P<code>\d{4})(?![\w/.,:]\d|[\w/])"
    r"(?![ \t]*(?i:units?|u|mg|mcg|ml|iu|mmol|x)\b)"  # (not a dose: "PMB 40, Given 1000 units")
)
# a shop's number, a comma, the house number and one to three capitalised words up to a comma or a line's end
_SHOP: Final = re.compile(
    r"(?<![\w.])(?:Shop|SHOP|Kiosk|KIOSK|Stall|STALL)[ \t]+\d{1,4}[A-Z]?,[ \t]*\d{1,5}[A-Z]?[ \t]+"
    r"(?:[A-Z][A-Za-z'’\-]+)(?:[ \t]+[A-Z][A-Za-z'’\-]+){0,2}(?=[ \t]*(?:,|\n|\Z))"
)


def postal_unit_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if "pmb" in low or "p.m.b" in low or "p. m. b" in low or "mail bag" in low or "private bag" in low or "locked bag" in low:
        for m in _MAIL_BAG.finditer(text):
            out.append(Entity.of(PhiType.ADDRESS, m))
            tail = _TOWN_CODE.match(text, m.end())
            if tail is not None:
                out.append(Entity.of(PhiType.CITY, tail, "town"))
                out.append(Entity.of(PhiType.ZIP, tail, "code"))
    if "Shop" in text or "SHOP" in text or "Kiosk" in text or "KIOSK" in text or "Stall" in text or "STALL" in text:
        out.extend(Entity.of(PhiType.ADDRESS, m) for m in _SHOP.finditer(text))
    return out
