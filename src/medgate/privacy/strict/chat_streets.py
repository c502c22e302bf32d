"""Streets and named areas that lower-case chats give after a preposition in any of the languages
they mix ("at tidel park", "en boyle heights", "na parnell st", "on zapata hwy"): one or two
lower-case words, then a street's or an area's kind. A street's kind makes any word before it a name
("in high street"); an area's kind ("park", "heights") only a word that is no common English one,
so "at the car park" and "in good heights" stay. And a house by its number and a one-word place after
a verb of coming and "to"/"at" ("can someone come out to 3 hamnavoe before the ferry"; "go up to 4
times" stays). Only in lower-case text: in text with capitals, a
capitalised street is the word filter's to find."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.types import Entity, PhiType

_PREPS: Final = "at|in|on|to|from|near|en|na|do|w|nan|sa|au|em|bei|op|naar|ke|di|kay"
_STREET_KINDS: Final = frozenset({
    "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "hwy", "highway", "blvd", "boulevard",
})  # fmt: skip
_AREA_KINDS: Final = frozenset({"park", "heights", "civic", "plaza", "mall", "village", "estate", "gardens"})
_LOWER_PLACE: Final = re.compile(
    rf"\b(?:{_PREPS})[ ](?P<v>(?P<w>[a-z][a-z'’\-]{{2,}})(?:[ ](?P<w2>[a-z][a-z'’\-]{{2,}}))?"
    rf"[ ](?P<k>{'|'.join(sorted(_STREET_KINDS | _AREA_KINDS))}))\b(?![ ](?:of|for)\b)"
)
_NOT_NAMES: Final = frozenset({"the", "a", "an", "my", "his", "her", "our", "their", "your", "this", "that", "its"})
# a house told by its number and a one-word place after "to" or "at" ("come out to 3 hamnavoe before
# the ferry", "we're at 14 kilnagar now"): the word no English or clinical word, so a count stays
# ("to 2 tabs", "at 3 pm", "up to 4 times")
_HOUSE: Final = re.compile(  # (found from its digit, which the engine skips to; the verb read back)
    r"(?P<v>\d(?<=\b(?:to|at)[ ]\d)\d{0,3}[a-z]?[ ](?P<w>[a-z][a-z'’\-]{3,20}))"
    r"(?=[ ]?[,.;!?\n]|[ ](?:before|after|on|by|in|near|now|today|tomorrow|please|pls|if|when|and)\b|\Z)"
)
_COMING_BEFORE: Final = re.compile(
    r"\b(?:out|round|over|come|came|go|went|get|back|visit|we're|were|im|i'm|is|are|she's|he's|shes|hes|live|lives)"
    r"[ ](?:to|at)[ ]\Z"
)


def chat_street_spans(text: str, lex: Lexicon, upper: float) -> list[Entity]:
    """`upper`: the text's share of capitals (`text.upper_ratio`)."""
    out: list[Entity] = []
    if upper >= 0.03:
        return out
    for m in _HOUSE.finditer(text):
        if _COMING_BEFORE.search(text, max(0, m.start() - 12), m.start()) is None:
            continue
        e = lex(m.group("w"))
        # (a place the gazetteer holds, or a word web text never writes: "2 appts" is a count)
        if (e.place or not e.flags & F.KNOWN) and not (e.english or e.clinical) and m.group("w") not in cues.UNITS:
            out.append(Entity.of(PhiType.ADDRESS, m, "v"))
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
