"""Places and streets of the Arab world written in Latin letters. Places named with the article: "Dar El Fouad", "Ain Shams", "Deir el Balah"
(a word, "El"/"Al", a capitalised word) after a place preposition of English or Arabizi ("fi",
"fel"), and a district with its sector number, "Al Quoz 3", "Al Nahda 1", which the number ends.
A street by its Arabizi or transliterated word with the house number before it: "7 share3
Tahrir", "5 Sharia El Nil", "shari3 Tahrir" ("3" is the letter ain).
A mosque, school or clinic named with the joined article before its kind: "Al-Noor mosque", "An-Nahda
Academy", "Ar-Rahma clinic".
"Dr Hany El Sayed" stays a name (the name filter reads it); "Al said ok" and "El 2" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import any_of

_PREP: Final = r"(?<![\w'’-])(?i:in|at|to|from|near|fi|fel|f|men|mn|min|sa|@)[ ]"
_NAMED: Final = re.compile(
    rf"{_PREP}(?P<v>[A-Z][a-z]{{2,}}[ -](?:El|el|Al|al)[ -][A-Z][a-z]{{2,}})(?![\w'’-])"
)
# "Al Quoz 3", "Al Nahda 1": the sector number is the district's, before a comma or the line's end
_SECTOR: Final = re.compile(r"(?<![\w'’-])(?P<v>(?:Al|El)[ -][A-Z][a-z]{2,}[ ]\d{1,2})(?=[ ]*(?:[,.;)\n]|$))")
_STREET: Final = re.compile(
    r"(?<![\w'’-])(?P<v>(?:\d{1,4}[A-Za-z]?,?[ ])?(?i:share3|shar3|shari3|sharia|shari'a|shareh|shar'a|share'|sharea)"
    r"[ ](?:(?:El|el|Al|al)[ -])?[A-Z][a-z]{2,}(?:[ ][A-Z][a-z]{2,})?)(?![\w'’-])"
)
# the article joined to the name by a hyphen, then the kind of place it names
_JOINED_ARTICLES: Final = ("Al-", "El-", "An-", "Ar-", "As-", "Ash-", "Ad-", "Az-", "Ul-")
_ARTICLE_NAMED: Final = re.compile(
    r"(?<![\w'’-])(?P<v>(?:" + "|".join(_JOINED_ARTICLES) + r")[A-Z][a-z]{2,})[ ]"
    r"(?i:mosque|masjid|madrasa|madrassa|islamic|school|academy|clinic|pharmacy|hospital|centre|center)\b"
)
_STREET_WORDS: Final = ("hare3", "har3", "hari3", "haria", "hari'a", "hareh", "har'a", "hare'", "harea")
_ANY_STREET_WORD: Final = any_of(_STREET_WORDS)  # (one search, not one `in` per entry)
_ARTICLES: Final = (" El ", " el ", " Al ", " al ", " El-", " Al-", "-el-", "-al-", "\nAl ", "\nEl ")


def arabic_place_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if _ANY_STREET_WORD.search(text):
        out.extend(Entity.of(PhiType.ADDRESS, m, "v") for m in _STREET.finditer(text))
    if any(a in text for a in _JOINED_ARTICLES):
        out.extend(Entity.of(PhiType.LOCATION, m, "v") for m in _ARTICLE_NAMED.finditer(text))
    if not any(a in text for a in _ARTICLES):
        return out
    for m in _NAMED.finditer(text):
        head = m.group("v").split()[0].split("-")[0].lower()
        if lex(head).english or lex(head).clinical:
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    out.extend(Entity.of(PhiType.LOCATION, m, "v") for m in _SECTOR.finditer(text))
    return out
