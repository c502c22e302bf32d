"""Street addresses in local shapes the street rules miss: a Philippine street's "extension" after
its house number ("12 Mabini Ext."), a Polish street in the genitive after "na" / "przy" with its
house number ("na Mickiewicza 7", "przy Słowackiego 12/4"), a Detroit-area corner on a mile road
("8 mile and gratiot"), and a road written in lower case after "off" ("off spanish town road").
"Room 12 Cardiology Ext. 4432" (a phone's), "na sali 5" in lower case, "ficou na Enfermaria 4"
(Portuguese), "walked a mile and back", "off the main road", "fell off his bike on the road" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_EXTENSION: Final = re.compile(
    r"(?<![\w.,/])\d{1,4}[A-Z]?[ ](?:[A-Z][a-z]+[ ]){1,3}(?:Ext\.?|Extn\.?|Extension)(?![\w])(?!\.?[ ]?[:#]?[ ]?\d)"
)
_PL_UP: Final = "A-ZĄĆĘŁŃÓŚŹŻ"
_PL_LOW: Final = "a-ząćęłńóśźż"
# (only in a text Polish letters mark: "ficou na Enfermaria 4" is Portuguese for a ward)
_POLISH_LETTERS: Final = "ąćęłńśźżŁŚŻ"
# genitive or adjective street names end so: "Mickiewicza", "Słowackiego", "Jodłowej", "Kościuszki"
_POLISH_STREET: Final = re.compile(
    rf"(?<![\w])(?:na|przy)[ ](?P<v>[{_PL_UP}][{_PL_LOW}]{{2,}}(?:a|ej|ego|iej|ki|ów)"
    rf"(?:[ ][{_PL_UP}][{_PL_LOW}]+)?[ ]\d{{1,3}}[a-zA-Z]?(?:/\d{{1,3}})?)"
    r"(?![\w/.,%]\d|[\w/%]|[ ]?(?i:mg|ml|kg|mmhg|lat|dni|min|godz|tyg|mies)\b)"
)
# a corner of two roads on the Detroit mile grid ("9 mile and dequindre", "eight mile & van dyke")
_MILE_CORNER: Final = re.compile(
    r"(?i:(?<![\w.,])(?:\d{1,2}|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|sixteen)[ ]mile"
    r"(?:[ ](?:rd|road))?[ ](?:and|&|at|@|n)[ ])(?P<x>[a-z]{3,}(?:[ ][a-z]{3,})?)"
)
_ROAD_WORDS: Final = "road|rd|street|st|lane|ln|avenue|ave|drive|dr|highway|hwy|boulevard|blvd|crescent|way"
# "off spanish town road": one to three lower-case words, then the road's kind
# (found from its "off ", a literal the regex engine skips to; the word boundary is read back after it)
_OFF_ROAD: Final = re.compile(rf"off[ ](?<!\woff[ ])(?P<v>(?:[a-z]+[ ]){{1,3}}(?:{_ROAD_WORDS}))\b")
# words that make a road no one's ("off the main road", "off his bike on the road")
_GENERIC: Final = cues.DETERMINERS | frozenset(
    ("main", "side", "back", "slip", "ring", "dirt", "gravel", "busy", "private", "service", "access", "bypass",
     "on", "in", "at", "to", "of", "from", "by", "with", "into", "onto", "down", "up", "across", "along", "over",
     "bike", "car", "bus", "him", "me", "us", "them", "it", "work", "duty", "shift", "next", "first", "same",
     "other", "wrong", "open", "country", "dual", "a", "and", "or", "is", "was", "sick", "all")
)


def road_shape_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if "Ext" in text:
        out.extend(Entity.of(PhiType.ADDRESS, m) for m in _EXTENSION.finditer(text))
    if ("na " in text or "przy " in text) and any(c in text for c in _POLISH_LETTERS):
        out.extend(Entity.of(PhiType.ADDRESS, m, "v") for m in _POLISH_STREET.finditer(text))
    low = lowered(text)
    if " mile " in low:
        for m in _MILE_CORNER.finditer(text):
            words = m["x"].split()
            first = lex(words[0].lower())
            if first.english and (not first.name or first.zipf >= 4.5):
                continue  # "a mile and back", "2 mile and then" (a surname too, but a common word)
            if len(words) == 2 and lex(words[1].lower()).english and words[1].lower() not in _ROAD_WORDS.split("|"):
                words = words[:1]
            end = m.start("x") + len(" ".join(words))
            out.append(Entity(PhiType.ADDRESS, m.start(), end, text[m.start() : end]))
    if "off " in low:
        for m in _OFF_ROAD.finditer(text):
            words = m["v"].split()[:-1]
            if not any(w in _GENERIC for w in words):
                out.append(Entity.of(PhiType.ADDRESS, m, "v"))
    return out
