"""Nicknames beside a detected name: 'Lachlan Te Rangi ("Lachie")', 'Darren Pike ("Dazza")',
"DÓNAL 'PADDY' Ó CEALLAIGH", and a name in brackets after a kinship word: "Mum (Precious)".

A quoted or bracketed capitalised word right after a name, or in brackets right after a kinship
word, is what the person is called; the recognisers find the name, this pass adds its alias.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from medgate.privacy import cues
from medgate.privacy.types import Entity, PhiType

_QUOTED_AFTER: Final = re.compile(
    r"[ \t]*\(?[ \t]*[\"“'‘](?P<v>[A-ZÀ-Þ][\w'’\-]{1,20})[\"”'’][ \t]*\)?"
)
_KIN_BRACKET: Final = re.compile(
    r"(?i:\b(?P<kin>[a-z\-]+))[ \t]*\([ \t]*(?P<v>[A-Z][a-z'’\-]{1,20})[ \t]*\)"
)


def nicknames(text: str, found: Sequence[Entity]) -> list[Entity]:
    """The aliases beside `found`'s names (not already covered by `found`)."""
    out: list[Entity] = []
    for e in found:
        if e.type is PhiType.NAME and (m := _QUOTED_AFTER.match(text, e.end)):
            out.append(Entity(PhiType.NAME, m.start("v"), m.end("v"), m.group("v")))
    if "(" in text:
        for m in _KIN_BRACKET.finditer(text):
            if m.group("kin").lower() in cues.KIN and m.group("v").lower() not in cues.KIN:
                out.append(Entity(PhiType.NAME, m.start("v"), m.end("v"), m.group("v")))
    taken = {(e.start, e.end) for e in found}
    return [a for a in out if (a.start, a.end) not in taken]
