"""Streets and named areas that lower-case chats give after a preposition in any of the languages
they mix ("at tidel park", "en boyle heights", "na parnell st", "do temple street"): one or two
lower-case words, then a street's or an area's kind. A street's kind makes any word before it a name
("in high street"); an area's kind ("park", "heights") only a word that is no common English one,
so "at the car park" and "in good heights" stay. Only in lower-case text: in text with capitals, a
capitalised street is the word filter's to find."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_PREPS: Final = "at|in|on|to|from|near|en|na|do|w|nan|sa|au|em|bei|op|naar|ke|di|kay"
_STREET_KINDS: Final = frozenset({"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive"})
_AREA_KINDS: Final = frozenset({"park", "heights", "civic", "plaza", "mall", "village", "estate", "gardens"})
_LOWER_PLACE: Final = re.compile(
    rf"\b(?:{_PREPS})[ ](?P<v>(?P<w>[a-z][a-z'’\-]{{2,}})(?:[ ](?P<w2>[a-z][a-z'’\-]{{2,}}))?"
    rf"[ ](?P<k>{'|'.join(sorted(_STREET_KINDS | _AREA_KINDS))}))\b(?![ ](?:of|for)\b)"
)
_NOT_NAMES: Final = frozenset({"the", "a", "an", "my", "his", "her", "our", "their", "your", "this", "that", "its"})


def chat_street_spans(text: str, lex: Lexicon, upper: float) -> list[Entity]:
    """`upper`: the text's share of capitals (`text.upper_ratio`)."""
    out: list[Entity] = []
    if upper >= 0.03:
        return out
    for m in _LOWER_PLACE.finditer(text):
        names = [w for w in (m.group("w"), m.group("w2")) if w]
        if any(w in _NOT_NAMES for w in names):
            continue
        if m.group("k") in _AREA_KINDS:
            if any((e := lex(w)).english and e.zipf >= 3.5 and not (e.name or e.place) for w in names):
                continue  # "at the car park", "in theme park"
        elif any(lex(w).english and lex(w).zipf >= 5.5 for w in names):
            continue  # "on this road", "in every street"
        kind = PhiType.ADDRESS if m.group("k") in _STREET_KINDS else PhiType.LOCATION
        out.append(Entity.of(kind, m, "v"))
    return out
