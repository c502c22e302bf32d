"""Addresses written the local way, which the English street shapes miss: a house number and an
Irish street named in Irish ("12 Bóthar na Trá", "4 Páirc an Rí"), a flat and house told in words
on a call ("flat nine, twenty two Mill Road"), and the district and city after a Philippine
barangay ("brgy. lahug, apas, cebu city": the barangay itself is residence.locality_spans').
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import any_of

# the head words of Irish street and estate names (with and without their fadas)
IRISH_HEADS: Final = (
    "Cluain|Bóthar|Bothar|Sráid|Sraid|Ascaill|Páirc|Pairc|Radharc|Cnoc|Ard|Árd|Gleann|Baile|Lána|Lana|Cúirt"
    "|Cuirt|Plás|Plas|Garrán|Garran|Coill|Lios|Ráth|Rath|Dún|Dun|Móinéar|Moinear|Bóithrín|Boithrin|Céide|Ceide"
    "|Faiche|Tír|Tir|Mainistir|Droim|Achadh|Currach|Cill|Cois|Bruach|Sliabh|Clós|Clos|Oileán"
)
_IRISH_WORD: Final = r"(?:(?:[hnt]|bh|mb|gc|nd|ng|bp|dt)?-?[A-ZÁÉÍÓÚ][a-záéíóú]+|na|an|a'|na[ ]h-[A-Za-záéíóú]+|an[ ]t-[A-Za-záéíóú]+)"
# a number, then the street whose first or second word is an Irish head ("7 Cluain Árd", "3 Árd na Mara")
_IRISH_STREET: Final = re.compile(
    rf"\d(?<![\w./\-]\d)\d{{0,3}}[A-Za-z]?,?[ ](?:[A-ZÁÉÍÓÚ][a-záéíóú]+[ ])?(?:{IRISH_HEADS})"
    rf"(?:[ ]{_IRISH_WORD}){{1,3}}"
)
# (every match holds a head after a space, as written: the scan runs only where one stands)
_SPACED_HEADS: Final = tuple(f" {h}" for h in IRISH_HEADS.split("|"))
_ANY_SPACED_HEAD: Final = any_of(_SPACED_HEADS)  # (one search, not one `in` per entry)
_NUMBER_WORD: Final = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
)
_STREET_TYPES: Final = (
    r"(?:Street|Road|Avenue|Lane|Drive|Close|Crescent|Terrace|Way|Place|Court|Gardens|Grove|Row|Walk|Square"
    r"|Hill|Park|Rise|View|Mews)"
)
_STREET_TYPE_WORDS: Final = tuple(f" {w}" for w in _STREET_TYPES[3:-1].split("|"))
_ANY_STREET_TYPE_WORD: Final = any_of(_STREET_TYPE_WORDS)  # (one search, not one `in` per entry)
# a house number in words before a capitalised street and its type, with the flat before it
_SPOKEN_STREET: Final = re.compile(
    rf"(?i:\b(?:(?:flat|apartment|apt|unit)[ ]{_NUMBER_WORD}(?:[ \-]{_NUMBER_WORD})?,?[ ]+)?"
    rf"{_NUMBER_WORD}(?:[ \-](?:and[ ])?{_NUMBER_WORD}){{0,3}}[ ])"
    rf"(?:[A-Z][a-z]+[ ]){{1,2}}{_STREET_TYPES}\b"
)
_STREET_TYPE: Final = re.compile(rf"[ ]{_STREET_TYPES}\b")
# the parts after the barangay's name: up to two more, each of one to three words
_BARANGAY: Final = re.compile(
    r"(?i:\b(?:brgy|bgy|barangay)\.?[ ]+)[^\W\d_][\w'.\-]*(?:[ ][^\W\d_][\w'\-]*){0,2}"
    r"(?P<v>(?:,[ ]*[^\W\d_][\w'\-]*(?:[ ][^\W\d_][\w'\-]*){0,2}){1,2})"
)
_PLACE_KINDS: Final = frozenset({"city", "province", "town", "municipality", "sur", "norte", "del"})


def local_address_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in _IRISH_STREET.finditer(text) if _ANY_SPACED_HEAD.search(text) else ():
        out.append(Entity.of(PhiType.ADDRESS, m))
    if _ANY_STREET_TYPE_WORD.search(text):
        # (read only the few words before each street's type: the number words' scan is dear)
        for t in _STREET_TYPE.finditer(text):
            lo = max(0, t.start() - 90)
            for m in _SPOKEN_STREET.finditer(text, lo, t.end()):
                if m.end() == t.end():
                    out.append(Entity.of(PhiType.ADDRESS, m))
    low = lowered(text)
    if "brgy" in low or "bgy" in low or "barangay" in low:
        for m in _BARANGAY.finditer(text):
            pos = m.start("v")
            for part in m.group("v").split(",")[1:]:
                start = pos + 1 + (len(part) - len(part.lstrip()))
                pos += 1 + len(part)
                words = part.split()
                if not all(w.lower() in _PLACE_KINDS or _not_everyday(lex, w) for w in words):
                    break  # ("..., pt is stable"): the sentence goes on
                out.append(Entity(PhiType.LOCATION, start, pos, text[start:pos]))
    return out


def _not_everyday(lex: Lexicon, word: str) -> bool:
    e = lex(word.lower())
    return not e.clinical and (e.place or e.name or not e.english or e.zipf < 3.5)
