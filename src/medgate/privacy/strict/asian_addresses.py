"""Addresses of South and South-East Asia, whose parts the English street shapes miss: a Bengaluru
house number and its cross, main and stage ("#12, 3rd main, 4th cross, BTM 1st stage"), a flat or
unit and its building or society by its kind word ("C-101 Ganga Vihar, sector 21", "Flat 5B, Wing
A, Lotus Residency, Survey No. 12/3"), a floor of a named building ("3rd floor, Meridian
Building"), an Indonesian street with a Roman numeral or a lower-case "no" ("Jl. Melati Indah III no
4"), its kilometre and alley among its words ("Jl. Solo km 5 gg. Mawar no 2"), a Vietnamese lane ("ngõ 12 Tran Phu", "hem 88 Le Loi") and a street with its ward and
district ("45/2 Le Loi, phuong 4, quan 3"), and a Pakistani house with its street and lettered
sector ("House 14, Street 9, F-7/2", "H# 52, St 3, I-8/4"). Each needs its number or kind word:
"Ganga" or "Lotus" alone is no address."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import any_of, may_hold, word_start

_ORD: Final = r"\d{1,2}(?:st|nd|rd|th)"
_CAP: Final = r"[A-Z][A-Za-z'’\-]+"
# the parts after a Bengaluru house number: "5th cross", "2nd main road", "HAL 2nd stage",
# "Koramangala 4th block", "sector 7"
_PART: Final = (
    rf"(?:(?:{_CAP}[ ]){{0,2}}{_ORD}[ ](?i:cross|main|stage|block|phase|sector)(?:[ ](?i:road|rd))?"
    r"|(?i:sector|phase|block)[ ]\d{1,3}[A-Z]?)"
)
_HOUSE: Final = re.compile(  # (led by "#" or the "N" of "No": the scan skips to them)
    rf"[#Nn](?:(?<=#)[ ]?|(?<=[Nn])(?<!\w.)o\.?[ ])\d{{1,4}}[A-Z]?(?:/\d{{1,3}})?(?:,[ ]*{_PART}){{1,4}}"
)
# the kind words of Indian and South-East Asian buildings, societies and colonies
_KIND: Final = (
    r"(?:Kunj|Vihar|Nagar|Enclave|Residency|Residences|Apartments?|Apts|Heights|Towers?|Society|Complex|Niwas"
    r"|Nivas|Sadan|Bhavan|Bhawan|Villa|Villas|Gardens|Mansion|Chawl|Colony|Layout|Mahal)"
)
# (every building holds a kind word after a space, as written: the scan runs only where one stands)
_SPACED_KINDS: Final = tuple(f" {k}" for k in (
    "Kunj", "Vihar", "Nagar", "Enclave", "Residenc", "Apartment", "Apts", "Heights", "Tower", "Society", "Complex",
    "Niwas", "Nivas", "Sadan", "Bhavan", "Bhawan", "Villa", "Gardens", "Mansion", "Chawl", "Colony", "Layout", "Mahal",
))  # fmt: skip
_ANY_SPACED_KIND: Final = any_of(_SPACED_KINDS)  # (one search, not one `in` per entry)
# a flat, wing or unit (optional), the building by its kind, then sector, plot or survey number
_BUILDING: Final = re.compile(
    r"(?:\b(?:Flat|flat|Unit|unit|Apt|Room)[ ](?:No\.?[ ]?)?\d{1,4}[A-Z]?,?[ ]+(?:(?:Wing|Block|Tower)[ ][A-Z0-9]{1,2},?[ ]+)?"
    r"|\b[A-Z]-?\d{1,4},?[ ]+)"
    rf"(?:{_CAP}[ ]){{1,3}}{_KIND}\b"
    r"(?:,[ ]*(?:(?i:sector|plot[ ]no\.?|survey[ ]no\.?|s\.[ ]?no\.?)[ ]?\d{1,4}(?:/\d{1,3}[A-Z]?)?))?"
)
# a floor of a named building ("6th floor, Olympus Building", "ground floor, Sai Arcade")
_FLOOR: Final = re.compile(
    rf"(?i:\b(?:{_ORD}|ground|first|second|third|fourth|fifth)[ ]floor),?[ ]+(?:{_CAP}[ ]){{1,3}}"
    r"(?:Building|Bldg\.?|House|Plaza|Centre|Center|Chambers|Arcade|Complex|Tower|Towers|Point|Square|Mall)\b"
)
# Indonesian and Malay streets with a Roman numeral among the words, and "no" in lower case; a
# village street's kilometre and its alley (gang, "gg.") before the house number stand among them
_JALAN: Final = re.compile(
    r"\b(?:Jl|Jln|Jalan)\.?[ ](?:(?:[A-Z][a-z]+|[IVX]{1,4}|\d{1,3}|(?i:km|gg\.?|gang))[ ]){1,7}"
    r"(?i:no|nomor|nmr)\.?[ ]?\d{1,4}[A-Z]?\b"
)
# Vietnamese lanes: ngõ, ngách, hẻm, kiệt with or without their accents, the number, then the street
_LANE: Final = re.compile(
    word_start(["ngo", "ngõ", "ngach", "ngách", "hem", "hẻm", "kiet", "kiệt"]) + r"[ ]\d{1,4}[A-Z]?(?:/\d{1,4})*"
    r"(?:[ ](?:[A-ZĐ][\wàáảãạăâđèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ]*)){1,3}"
)
# a Vietnamese house number and street with its ward and district, accents typed or not ("45/2
# Le Loi, phuong 4, quan 3", "45 Le Loi, P. Ben Nghe, Q.1")
_WARD: Final = re.compile(
    r"\b\d{1,4}[A-Z]?(?:/\d{1,4})*[ ](?:[A-ZĐ][^\W\d_]*[ ]?){1,4},[ ]*"
    r"(?:phuong|phường|Phuong|Phường|P\.|p\.)[ ]?[\w]+(?:[ ][A-Z][^\W\d_]*)?"
    r"(?:,[ ]*(?:quan|quận|Quan|Quận|Q\.|q\.|huyen|huyện|Huyen|Huyện)[ ]?\w+(?:[ ][A-Z][^\W\d_]*)?)?"
)
# a house, its street by number, then the sector: a letter, its number and sub-sector ("G-9/1")
_SECTOR_HOUSE: Final = re.compile(
    r"\b(?:H(?:ouse)?[ ]?(?:#|No\.?)?[ ]?\d{1,4}[A-Z]?),[ ]?(?:St(?:reet|\.)?[ ]?#?[ ]?\d{1,3}),[ ]?[A-Z]-\d{1,2}(?:/\d)?\b"
)
_WARD_WORDS: Final = ("huong", "hường", ", P.", ", p.")
_DIGIT: Final = re.compile(r"\d")
_LANE_WORDS: Final = ("ngo", "ngõ", "ngach", "ngách", "hem", "hẻm", "kiet", "kiệt")


def asian_address_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    if _DIGIT.search(text) is None:  # (every one of these holds a number)
        return out
    low = lowered(text)
    for rx in (_HOUSE, _BUILDING, _FLOOR, _JALAN):
        if rx is _FLOOR and not may_hold(text, low, ("floor",)):
            continue  # (every match holds the word)
        if rx is _BUILDING and not _ANY_SPACED_KIND.search(text):
            continue
        if rx is _JALAN and "Jl" not in text and "Jalan" not in text:
            continue
        out.extend(Entity.of(PhiType.ADDRESS, m) for m in rx.finditer(text))
    if "H" in text and "St" in text:
        out.extend(Entity.of(PhiType.ADDRESS, m) for m in _SECTOR_HOUSE.finditer(text))
    if any(w in text for w in _WARD_WORDS):
        out.extend(Entity.of(PhiType.ADDRESS, m) for m in _WARD.finditer(text))
    if any(w in low for w in _LANE_WORDS):
        out.extend(Entity.of(PhiType.ADDRESS, m) for m in _LANE.finditer(text))
    return out
