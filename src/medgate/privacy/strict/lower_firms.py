"""A firm told in lower case by the word that ends its name, after someone is said to come from or
work with it: "joan from homecare plus", "the carer from bluebird care ltd", "works with acme
group". A generic word before the ending ("from social services", "from the agency", "apart from
that plus") names no firm."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"\b(?:from|with|at|for)[ \t]+(?P<v>(?P<w>[a-z][a-z'’-]{2,})(?:[ \t][a-z][a-z'’-]{2,})?"
    r"[ \t](?:plus|ltd|limited|inc|llc|pty|agency|group|care ltd))\b"
)
_FUNCTION_ZIPF: Final = 5.5  # ("that", "the", "them"): a function word opens no firm's name
_GENERIC: Final = frozenset({"social", "home", "community", "health", "family", "child", "nursing", "care", "support", "the"})


def lower_firm_spans(text: str, lex: Lexicon) -> list[Entity]:
    if not any(k in text for k in (" plus", " ltd", " limited", " inc", " llc", " pty", " agency", " group")):
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        w = m.group("w")
        e = lex(w)
        if w in _GENERIC or e.zipf >= _FUNCTION_ZIPF or (e.clinical and not e.name):
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
