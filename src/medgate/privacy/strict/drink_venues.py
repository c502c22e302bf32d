"""The bar or pub where a patient last drank, told in lower case after a drinking word: "last
drink sunday night at the rusty nail in price hill", "was drinking at the brass anchor". The
drinking word says "at the" leads to a venue; a generic one ("at the bar", "at the local pub",
"at the house party") is no one's and stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_VENUE: Final = re.compile(
    r"(?i:\b(?:drink|drinks|drinking|drank|drunk|beers?|binge|binged))\b[^.\n;:]{0,40}?\b(?i:at[ \t]+the)[ \t]+"
    r"(?P<v>[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,2}?)"
    r"(?=[ \t]*(?:[.,;:!?\n)]|\Z|[ \t](?i:in|on|near|off|by|downtown|w/|with|until|till|last|and)\b))"
)
_GATE: Final = ("drink", "drank", "drunk", "beer", "binge")
# a kind of place anyone drinks at ("at the bar", "at the local pub"): no venue's name
_GENERIC: Final = cues.WORKPLACE_KINDS | frozenset({
    "pub", "club", "party", "house", "home", "game", "wedding", "casino", "park", "beach", "lounge", "tavern",
    "saloon", "bbq", "barbecue", "time", "weekend", "funeral", "concert", "festival", "reunion", "gym", "place",
    "moment", "table", "counter", "river", "lake", "camp", "fair", "track", "stadium",
})  # fmt: skip
_COMMON_ZIPF: Final = 4.5  # an adjective this common says which bar, not its name ("the usual spot")


def _plain(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    e = lex(low)
    return (
        low in _GENERIC or low in cues.DETERMINERS or low in cues.KIN or low in cues.DAY_WORDS
        or e.clinical or (e.english and e.zipf >= _COMMON_ZIPF)
    )  # fmt: skip


def drink_venue_spans(text: str, lex: Lexicon) -> list[Entity]:
    low = lowered(text)
    if "at the" not in low or not any(g in low for g in _GATE):
        return []
    out: list[Entity] = []
    for m in _VENUE.finditer(text):
        words = m.group("v").split()
        if all(_plain(w, lex) for w in words):
            continue
        out.append(Entity(PhiType.LOCATION, m.start("v"), m.end("v"), m.group("v")))
    return out
