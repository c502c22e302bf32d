"""A firm told in lower case by the word that ends its name, after someone is said to come from or
work with it: "joan from homecare plus", "the carer from bluebird care ltd", "works with acme
group"; and a firm "x & co" where someone works ("called from work at sheehan & co"), which needs
the work cue: "mom & co" alone is a family. A generic word before the ending ("from social services",
"from the agency", "apart from that plus") names no firm."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"\b(?:from|with|at|for)[ \t]+(?P<v>(?P<w>[a-z][a-z'’-]{2,})(?:[ \t][a-z][a-z'’-]{2,})?"
    r"[ \t](?:plus|ltd|limited|inc|llc|pty|agency|group|care ltd))\b"
)
# "works at sheehan & co", "job with hale and co" is not taken ("and co" is also "and company")
_AND_CO: Final = re.compile(
    r"\b(?:work|works|worked|working|employed|job)(?:[ \t][a-z]+){0,2}?[ \t]+(?:at|for|with)[ \t]+"
    r"(?P<v>(?P<w>[a-z][a-z'’-]{2,})(?:[ \t][a-z][a-z'’-]{2,})?[ \t]?&[ \t]?co)\b"
)
_FUNCTION_ZIPF: Final = 5.5  # ("that", "the", "them"): a function word opens no firm's name
_GENERIC: Final = frozenset({"social", "home", "community", "health", "family", "child", "nursing", "care", "support", "the"})


def lower_firm_spans(text: str, lex: Lexicon) -> list[Entity]:
    scans = []
    if any(k in text for k in (" plus", " ltd", " limited", " inc", " llc", " pty", " agency", " group")):
        scans.append(_RX)
    if "&" in text and (" co" in text or "&co" in text):
        scans.append(_AND_CO)
    out: list[Entity] = []
    for m in (m for rx in scans for m in rx.finditer(text)):
        w = m.group("w")
        e = lex(w)
        if w in _GENERIC or e.zipf >= _FUNCTION_ZIPF or (e.clinical and not e.name):
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
