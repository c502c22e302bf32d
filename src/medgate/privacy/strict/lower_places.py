"""Places a lower-case message names with no capital to tell them: a neighbourhood after its city
("i'm in accra now, osu, near the mall", "we are in kano too, sabon gari,") and an employer's
nickname before its depot or warehouse ("lifting at the sainos dc", "on shift at the amzn
warehouse"). The city before the comma and the workplace's noun after the word are the cues; the
word itself is no English or clinical word. "in london now, sadly,", "at the local depot", "in bed
now, ugh," stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

# (led by the comma, a literal the engine skips to; the city before it is read back)
_AFTER_CITY: Final = re.compile(r",[ ](?P<v>[a-z]{3,14}(?:[ ][a-z]{3,14})?)(?=[,.;]|[ ](?:near|by|off|close)\b)")
_CITY_BEFORE: Final = re.compile(r"\bin[ ](?P<c>[a-z]{3,14})(?:[ ](?:now|too|already|still|again))?\Z")
_DEPOT: Final = re.compile(
    r"\bat[ ]the[ ](?P<v>[a-z][a-z0-9'’]{2,14})[ ](?:dc|depot|warehouse|distribution[ ]cent(?:re|er)|factory|plant"
    r"|yard|store|site)\b"
)

_COMMON_ZIPF: Final = 3.0


def lower_place_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in _AFTER_CITY.finditer(text):
        c = _CITY_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if c is None or not _a_place(lex, c.group("c"), city=True):
            continue
        if all(_a_place(lex, w, rare=True) for w in m.group("v").split()):
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if " at the " in text:
        for m in _DEPOT.finditer(text):
            if _a_place(lex, m.group("v")):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out


def _a_place(lex: Lexicon, word: str, *, city: bool = False, rare: bool = False) -> bool:
    """No English, clinical or hospital word (after a city, `rare`: no English word in common use;
    a neighbourhood's name can be a rare word, "yaba"); a city must be a place the lists know."""
    if word in cues.UNITS or word in cues.SHORTHAND or word in cues.DEPARTMENTS or word in cues.DAY_WORDS:
        return False
    e = lex(word)
    if e.clinical or (e.english and not (rare and e.zipf < _COMMON_ZIPF)):
        return False
    return e.place if city else True
