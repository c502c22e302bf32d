"""A given name after a kinship title, where the title or the text's case tells it: a lower-case
name after a title of another language ("tante samia", "mukoma tafadzwa", "sekuru john's"), and in
an all-capitals note a first name after "AUNTY" or "UNCLE" ("STAYING WITH AUNTY MERE"). The word
after the title is no name where it is a common English word, a clinical word or another kin word
("tante said", "gogo had", "AUNTY AWARE", "UNCLE AND COUSINS")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.words import Tok
from medgate.privacy.types import Entity, PhiType

# French/German/Dutch aunt, Shona elders and siblings, Zulu/Xhosa elders, English aunts and uncles
# (not the Tagalog, Malay or Polish titles `kin_titles` reads capitalised: in a message written in
# those languages the lower-case word after one is as often a word of the language, "lola grabe")
_LOWER_TITLES: Final = frozenset({
    "tante", "tant", "mukoma", "babamunini", "mainini", "sekuru", "ambuya", "maiguru", "babamukuru", "tete",
    "hanzvadzi", "gogo", "mkhulu", "sisi", "bhuti", "aunty", "auntie", "aunt", "uncle",
})
_LOWER: Final = re.compile(
    rf"(?<![\w'’-])(?:{'|'.join(sorted(_LOWER_TITLES, key=len, reverse=True))})[ \t]+"
    r"(?P<v>[a-z]{3,14})(?=['’]s\b|(?![\w'’-]))"
)
# capitals: the English and Māori titles said before a first name in a note written in capitals
_CAPS: Final = re.compile(r"(?<![\w'’-])(?:AUNTY|AUNTIE|AUNT|UNCLE|KORO|KUIA|WHAEA|NANA)[ \t]+(?P<v>[A-Z]{3,14})(?![\w'’-])")
_CAPS_NAME_ZIPF: Final = 4.5  # a first name rarer than this in English writing ("MERE", not "MAY")
_NOT_NAMES: Final = cues.KIN | cues.KIN_WORLD | _LOWER_TITLES | cues.SIGN_OFFS | cues.DAY_WORDS


def _given(lex: Lexicon, low: str, caps: bool) -> bool:
    if low in _NOT_NAMES or low in cues.MONTHS:
        return False
    e = lex(low)
    if e.clinical and not e.name:
        return False
    if caps:  # (a capitalised word says nothing in capitals: the name lists must know it)
        return (e.name or not e.english or e.zipf < 2.0) and not e.clinical and e.zipf < _CAPS_NAME_ZIPF
    return not e.english or e.zipf < 2.0


def world_kin_name_spans(text: str, lex: Lexicon, upper: float, words: list[Tok]) -> list[Entity]:
    if not any(w.low in _LOWER_TITLES for w in words):
        return []  # (most texts hold no such title: the tokens say so without a scan)
    out: list[Entity] = []
    for m in _LOWER.finditer(text):
        if _given(lex, m.group("v"), caps=False):
            out.append(Entity.of(PhiType.NAME, m, "v"))
    if upper > 0.5:
        for m in _CAPS.finditer(text):
            if _given(lex, m.group("v").lower(), caps=True):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
