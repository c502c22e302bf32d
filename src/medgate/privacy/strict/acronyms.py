"""A place's initials spelt out in brackets right after them: "via kw (kessler-whitmore) ed", "UHW
(University Hospital of Wales)". The brackets say what the initials stand for; when that is a name
(a surname, a town, no English word), the initials are the same place and are masked with it.
"CAP (community acquired pneumonia)" spells out medicine, and stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_SPELT_OUT: Final = re.compile(
    r"(?<![\w/])(?P<a>[A-Za-z]{2,5})[ \t]*\((?P<x>[^\W\d_][\w'’]*(?:(?:[ \t]+|[ \t]*-[ \t]*)[^\W\d_][\w'’]*){1,5})\)"
)
_SPLIT: Final = re.compile(r"[ \t]*-[ \t]*|[ \t]+")
_SKIPPED: Final = frozenset({"of", "and", "the", "for", "de", "la", "du", "&"})


def spelt_out_places(text: str, lex: Lexicon) -> list[Entity]:
    if "(" not in text:
        return []
    out: list[Entity] = []
    for m in _SPELT_OUT.finditer(text):
        letters = m.group("a").lower()
        words = [w for w in _SPLIT.split(m.group("x")) if w.lower() not in _SKIPPED]
        if "".join(w[0].lower() for w in words) != letters:
            continue
        entries = [lex(w.lower()) for w in words]
        if not any((e.name or e.place) and not (e.english or e.clinical) for e in entries):
            continue  # medicine or plain words spelt out: "CAP (community acquired pneumonia)"
        if any(e.clinical and not (e.name or e.place) and w.lower() not in cues.FACILITY_HEADS
               for w, e in zip(words, entries, strict=True)):
            continue  # "AKI (acute kidney injury)": a clinical word among them (not "Hospital")
        out.append(Entity.of(PhiType.LOCATION, m, "a"))
        out.append(Entity.of(PhiType.LOCATION, m, "x"))
    return out
