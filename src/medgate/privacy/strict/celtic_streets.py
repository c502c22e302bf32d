"""A house number before a Welsh or Irish street, in any case: "3 Maes y Dderwen", "7 ffordd yr
orsaf", "12 cnoc na gaoithe", "4 Bóthar an tSéipéil". The street's head word and the article after
it ("y", "yr", "na", "an") tell the language, so the words need no capitals; a head without its
article in lower case ("take 2 pen needles", "3 bryn") is no street. `local_addresses` reads the
capitalised Irish streets with no article ("7 Cluain Árd")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.local_addresses import IRISH_HEADS
from medgate.privacy.types import Entity, PhiType

# the generic words that open Welsh street and estate names (road, street, lane, field, hill, ...)
_WELSH_HEADS: Final = (
    "heol|ffordd|stryd|lôn|lon|maes|bryn|cae|pen|bro|rhes|cilgant|clos|llys|parc|nant|cwm|coed|dôl|dol"
    "|erw|gwaun|llwyn|pant|rhodfa|allt|tan|tyddyn|glan|pentre|penrhyn|rhiw|cefn|bron|gallt|min|ffridd|waun|tir"
)
# the article or the linking word after the head: Welsh "y", "yr", "'r", "ar"; Irish "na", "an", "a'", "an t-"
_ARTICLE: Final = r"(?:y|yr|ar|na|an|a'|na[ ]h-?|an[ ]t-?|ui|uí|de)"
_WORD: Final = r"[^\W\d_][\w'’\-]{1,20}"
_RX: Final = re.compile(
    rf"\d(?<![\w./\-]\d)\d{{0,3}}[A-Za-z]?,?[ ](?i:{_WELSH_HEADS}|{IRISH_HEADS.lower()})[ ](?i:{_ARTICLE})[ ]?"
    rf"(?P<w>{_WORD}(?:[ ](?i:{_ARTICLE}[ ])?{_WORD})?)(?=[ \t]*(?:[,.;\n]|\Z))"
)
_ARTICLES: Final = frozenset({"y", "yr", "ar", "na", "an", "a'", "ui", "uí", "de", "h", "t", "h-", "t-"})
_COMMON_ZIPF: Final = 3.5  # an English word at least this common ends no Welsh or Irish street ("2 tan an hour")


def celtic_street_spans(text: str, lex: Lexicon) -> list[Entity]:
    # (no gate on the articles: the scan, led by the door number's digit, costs less than looking for them)
    return [Entity.of(PhiType.ADDRESS, m) for m in _RX.finditer(text) if all(
        _not_english(lex, w) for w in m.group("w").lower().split() if w not in _ARTICLES
    )]


def _not_english(lex: Lexicon, word: str) -> bool:
    e = lex(word)
    return not e.clinical and not (e.english and e.zipf >= _COMMON_ZIPF)
