"""A first name a message gives with a role or an origin, typed in lower case or short: "ortho on
call is Kim", "on-call tonight is Raj", "covering is Tess", and a voice-typed opening "it's mark
from Geelong", "this is bill from the pharmacy". The role or "from" says a person is named, so a
first name that is also a word ("mark", "bill") is masked there, and the lower-case place the writer
is from when it ends the clause ("hi its magnus from burra, ..."). "on call is busy", "it's only from
Monday", "it's me from the ward" stay (no first name, a calendar or a pronoun)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

_ON_CALL: Final = re.compile(
    r"(?i:\bon[ -]?call(?:[ ](?:tonight|today|now|this[ ]weekend))?[ ](?:is|=|:)|\bcovering[ ](?:is|tonight[ ]is))"
    r"[ ](?P<v>[A-Z][a-z]{1,14})(?![\w'’-])"
)
_FROM: Final = re.compile(
    r"(?i:\b(?:it's|it’s|its|it[ ]is|this[ ]is))[ ](?P<v>[a-z]{2,12})[ ]from[ ](?P<the>the[ ])?(?=[A-Za-z])"
    # (the place the writer is from, lower case, ending its clause: "hi its magnus from burra, the ...")
    r"(?P<p>[a-z][a-z'’\-]{2,20}(?=[ \t]*(?:[,.;!?\n]|\Z)))?"
)
_PLAIN_ZIPF: Final = 3.5  # (an English word this common is where, not a place: "from work", "from home")
_NOT_NAMES: Final = cues.DETERMINERS | cues.DAY_WORDS | cues.ADVERBS | frozenset(
    ("me", "him", "her", "us", "them", "just", "only", "not", "still", "also", "back", "away", "far")
)


def _first_name(lex: Lexicon, v: str) -> bool:
    e = lex(v.lower())
    return bool(e.flags & F.FIRST) and not e.clinical and v not in CLINICAL_WORDS


def role_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    low = text[:200].lower()
    whole = lowered(text)
    if "on call" in whole or "on-call" in whole or "oncall" in whole or "covering" in whole:
        for m in _ON_CALL.finditer(text):
            v = m.group("v")
            if v.lower() not in cues.DEPARTMENTS and v.lower() not in _NOT_NAMES and _first_name(lex, v):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if " from " in low:  # (a message's opening: its first 200 characters)
        for m in _FROM.finditer(text, 0, 200):
            v = m.group("v")
            if v not in _NOT_NAMES and v not in cues.KIN and _first_name(lex, v):
                out.append(Entity.of(PhiType.NAME, m, "v"))
                if m.group("p") and not m.group("the") and _place(lex, m.group("p")):
                    out.append(Entity.of(PhiType.LOCATION, m, "p"))
    return out


def _place(lex: Lexicon, word: str) -> bool:
    """A lower-case word after "from" that may be a place: no department, unit or common word."""
    if word in cues.DEPARTMENTS or word in cues.UNITS or word in cues.SHORTHAND:
        return False
    e = lex(word)
    return e.place or not (e.clinical or (e.english and e.zipf >= _PLAIN_ZIPF))
