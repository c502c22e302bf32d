"""The road a hospital stands on, written straight after it in lower-case Indian notes: "transfer
to bhatia hosp grant road", "admitted at city hospital, jail road", "sion hospital lbs marg". After
the facility's word, one or two words and a road's type are its street, whether the words are
English or not ("grant", "jail"); "hospital road" alone, or a road told without a facility before
it, is the other rules' to read.

A clinic's street told bare after "on", in a lower-case message ("the howard brown clinic on
halsted", "the pharmacy on ashland"): one word after the facility's "on" that is no English word and
no clinical word is the street; "clinic on monday", "clinic on time", "pharmacy on call" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

# a word of the street's name, no word of the sentence ("the clinic down the road")
_WORD: Final = r"(?!(?:on|at|in|to|the|a|and|for|via|by|down|up|off|along|across|near|past|my|our|this|that)\b)[a-z][a-z'’\-]+"
_RX: Final = re.compile(
    r"\b(?:hosp|hospital|clinic|nursing[ \t]+home|centre|center)\.?,?[ \t]+"
    rf"(?P<v>{_WORD}(?:[ \t]+{_WORD})?[ \t]+(?:road|rd|marg|lane|street|nagar|chowk))\b"
)
# the road's type with the space or tab before it, as every match has it ("rd" alone is in "3rd", "word")
_SPACED_TYPES: Final = tuple(f"{s}{t}" for t in ("road", "rd", "marg", "lane", "street", "nagar", "chowk") for s in " \t")


_ON: Final = re.compile(
    r"\b(?:clinic|pharmacy|surgery|practice|office|hospital|centre|center)[ ]on[ ](?P<v>[a-z]{4,14})(?![\w'’\-])"
)


_KINDS_ON: Final = ("clinic on ", "pharmacy on ", "surgery on ", "practice on ", "office on ", "hospital on ",
                     "centre on ", "center on ")


def _on_matches(text: str) -> list[re.Match[str]]:
    """`_ON` tried only where a facility's word and "on" stand (a literal search: no scan of the note)."""
    found = []
    for k in _KINDS_ON:
        at = text.find(k)
        while at >= 0:
            m = _ON.match(text, at)
            if m is not None and (at == 0 or not text[at - 1].isalnum()):
                found.append(m)
            at = text.find(k, at + 1)
    return sorted(found, key=lambda m: m.start())


def facility_street_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if " on " in text:
        for m in _on_matches(text):
            v = m.group("v")
            e = lex(v)
            if e.english or e.clinical or v in cues.DAY_WORDS or v in cues.MONTHS or v in cues.SHORTHAND:
                continue
            out.append(Entity.of(PhiType.ADDRESS, m, "v"))
    if not any(t in text for t in _SPACED_TYPES):
        return out
    return out + [Entity.of(PhiType.ADDRESS, m, "v") for m in _RX.finditer(text)]
