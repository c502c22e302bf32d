"""Streets a chat names without a number or a street word: after "on" beside a shop or pharmacy
("the Rexall on Dundas and Main", "the chemist on 12th", "walmart pharmacy on Broadway"), a corner
of two ("the one on Coors and Montaño", "corner of Grant and Elm"), or before
a nearby cue ("found him on Kensington near the shops"); and a number, a street's name and a unit
with no street word between ("3307 Juniper apt 2B", "918 w belmont unit 4"). A day or month after
"on" ("the pharmacy on Monday"), a clinical word ("started on Eliquis by"), a dose ("2 tabs") stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, heads, led, word_led

_ORDINAL: Final = r"\d{1,3}(?:st|nd|rd|th)"
_CAP: Final = r"[A-ZÁÉÍÓÚÑ][a-zß-öø-ÿ'’]+"  # (a Spanish street keeps its accents: "Montaño")
_STREET: Final = rf"(?:{_ORDINAL}|{_CAP}(?:[ ]{_CAP})?)"
# a shop before "on": its kind, or "the" and its capitalised name (led by the words' first letters)
_SHOP_WORDS: Final = (
    "pharmacy", "chemist", "drugstore", "store", "shop", "supermarket", "branch", "location", "servo",
    "gas[ ]station", "petrol[ ]station", "dispensary", r"the[ ](?-i:[A-Z])[\w'’&]+",
)  # fmt: skip
_SHOP: Final = re.compile(
    word_led(_SHOP_WORDS)
    + rf"[ ]on[ ](?P<v>{_STREET}(?:[ ](?:and|&)[ ]{_STREET})?)(?![\w'’-])"
)
# a corner, two streets joined by "and", after "the one on" (a shop of a chain told by where it is) or
# "corner of": "the one on Coors and Montaño", "the corner of Grant and Elm" (one street alone
# there may be a plan or a drug: "the one on Eliquis")
_CORNER_WORDS: Final = (r"the[ ]one[ ]on", r"corner[ ]of")
_CORNER: Final = re.compile(word_led(_CORNER_WORDS) + rf"[ ](?P<v>{_STREET}[ ](?:and|&)[ ]{_STREET})(?![\w'’-])")
# a capitalised word after "on" with a nearby cue after it
_NEAR: Final = re.compile(led(["on"]) + rf"[ ](?P<v>{_CAP})[ ](?=(?:near|by|opposite|outside|behind|between)\b)")
# (each cue scan is tried only where one of its words begins: `cue_finditer`)
_HEADS: Final = {_SHOP: heads(_SHOP_WORDS), _NEAR: heads(["on"]), _CORNER: heads(_CORNER_WORDS)}
# a number, an optional compass letter, a name, then a unit (a digit first: the scan skips to digits)
_UNIT: Final = re.compile(
    r"(?P<v>\d(?<![\w/.,]\d)\d{1,5}[ ](?:[NSEWnsew]\.?[ ])?(?P<s>[A-Za-z][a-z'’]+(?:[ ][A-Za-z][a-z'’]+)?)[ ]"
    r"(?i:unit|apt|apartment|suite|ste|flat|#)[ ]?#?[0-9]{0,4}[A-Za-z]?(?<![ #]))(?![\w-])"
)
_NOT_UNIT_WORDS: Final = (
    "tabs tablets tablet doses dose puffs caps capsules drops days weeks months years hours hrs mins minutes "
    "times mg mcg ml units iu of in the and per more"
)
_NOT_UNIT_STREET: Final = frozenset(_NOT_UNIT_WORDS.split())


def _street_word(lex: Lexicon, word: str) -> bool:
    low = word.lower()
    if low in cues.DAY_WORDS or low in cues.MONTHS or low in cues.DETERMINERS or low in cues.UNITS:
        return False
    e = lex(low)
    return not e.clinical


def shop_street_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if " on " in text or " of " in text:
        low = lowered(text)
        for rx in (_SHOP, _NEAR, _CORNER):
            for m in cue_finditer(rx, text, low, _HEADS[rx]):
                words = re.split(r"[ ]+(?:and|&)?[ ]*", m.group("v"))
                if all(_street_word(lex, w) for w in words if w):
                    out.append(Entity.of(PhiType.ADDRESS, m, "v"))
    for m in _UNIT.finditer(text):
        if not any(w.lower() in _NOT_UNIT_STREET or w.lower() in cues.UNITS for w in m.group("s").split()):
            out.append(Entity.of(PhiType.ADDRESS, m, "v"))
    return out
