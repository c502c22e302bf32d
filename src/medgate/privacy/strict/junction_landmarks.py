"""A landmark told by the junction, roundabout or flyover it names, as Indian, African and Asian
claims and messages say where something happened or where one lives: "near Silk Board junction",
"opposite Kalanki chowk", "at the Mowe Ibafo flyover". In mixed-case text the words of the name are
capitalised and the kind is not; a name whose words are all clinical ("near Emergency junction") or a
direction alone ("at the North roundabout") stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_KINDS: Final = ("junction", "roundabout", "flyover", "chowk", "crossroads", "overpass", "underpass", "interchange")
_RX: Final = re.compile(
    r"\b(?i:near|opposite|opp\.?|behind|past|beside|next[ ]to|at|by|from|off)[ ]+(?:the[ ]+)?"
    r"(?P<v>[A-Z][a-z'’\-]+(?:[ ][A-Z][a-z'’\-]+){0,2})[ ](?:" + "|".join(_KINDS) + r")\b"
)
_DIRECTIONS: Final = frozenset({"north", "south", "east", "west", "main", "first", "second", "next", "last"})


def junction_landmark_spans(text: str, lex: Lexicon) -> list[Entity]:
    if not any(k in text for k in _KINDS):  # (the kind in lower case: every match holds it)
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        words = [w.lower() for w in m.group("v").split()]
        if all(lex(w).clinical for w in words) or all(w in _DIRECTIONS for w in words):
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
