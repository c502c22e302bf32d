"""A South African township's street address: a stand's number before the township's zone or
extension, then the township ("2214 ZONE 4, PIMVILLE", "887 Extension 12, Tembisa", "lives at 41
ext 3, soshanguve"), after a word that says where someone lives ("at", "stays", "address"). A
zone or an extension with no stand's number before it ("pain in zone 2", "ext 4 for the ward"),
no place after it or no such word before it ("GCS 15 ZONE 2, DIZZY") is not an address. And a
Zimbabwean township's house, its suburb's section numbered ("WE STAY 1147 ZENGEZA 3 CHITUNGWIZA")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_start

# the stand found from its number (the scan skips to a digit), the residence word read back before it
_STAND: Final = re.compile(
    r"(?<![\w/.,:\-])(?P<v>\d{2,5}[ ](?i:zone|ext\.?|extension)[ ]\d{1,3}[a-zA-Z]?),[ ]?"
    r"(?P<t>[A-Za-z][A-Za-z'\-]{3,})\b"
)
_LIVES_BEFORE: Final = re.compile(r"(?i:\b(?:at|lives|stays|staying|resides|address|addr)[ ]*:?[ ]+)\Z")
_CUES: Final = ("zone ", "ext")
# a Harare or Bulawayo township's house: its number, the suburb and its section's number, then the
# town, after a verb of staying ("WE STAY 1147 ZENGEZA 3 CHITUNGWIZA", "stays at 44 Mkoba 12, Gweru");
# the suburb no English or clinical word ("staying 12 days 3 times" stays)
_SECTIONED: Final = re.compile(  # (led by the verb's first letter, which the engine skips to)
    word_start(["stay", "stays", "staying", "live", "lives", "living", "reside", "resides"])
    + r"\b(?i:(?:[ ]at|[ ]in)?[ ]+)"
    r"(?P<v>\d{1,5}[ ](?P<s>[A-Za-z][A-Za-z'\-]{3,})[ ]\d{1,2})"
    r"(?:,?[ ](?P<t>[A-Za-z][A-Za-z'\-]{3,}))?\b(?![.,/]\d)"
)
_STAY_CUES: Final = ("stay", "live ", "lives", "living", "resid")  # (not "liver")


def township_zone_spans(text: str, lex: Lexicon) -> list[Entity]:
    low = lowered(text)
    out: list[Entity] = []
    if any(c in low for c in _STAY_CUES):
        for m in _SECTIONED.finditer(text):
            if _plain(lex, m.group("s")):
                continue
            out.append(Entity.of(PhiType.ADDRESS, m, "v"))
            if m.group("t") and not _plain(lex, m.group("t")):
                out.append(Entity.of(PhiType.LOCATION, m, "t"))
    if not any(c in low for c in _CUES):  # (few notes give a township's stand)
        return out
    for m in _STAND.finditer(text):
        if _LIVES_BEFORE.search(text, max(0, m.start() - 16), m.start()) is None:
            continue
        out.append(Entity.of(PhiType.ADDRESS, m, "v"))
        out.append(Entity.of(PhiType.LOCATION, m, "t"))
    return out


def _plain(lex: Lexicon, word: str) -> bool:
    e = lex(word.lower())
    return (e.english or e.clinical) and not e.place
