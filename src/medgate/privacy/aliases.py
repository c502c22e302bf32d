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
# (found from its bracket, a literal the regex engine skips to; the kinship word is read back)
_BRACKETED: Final = re.compile(r"\([ \t]*(?P<v>[A-Z][a-z'’\-]{1,20})[ \t]*\)")
_WORD_BEFORE: Final = re.compile(r"(?P<kin>[A-Za-z\-]+)[ \t]*\Z")


def nicknames(text: str, found: Sequence[Entity]) -> list[Entity]:
    """The aliases beside `found`'s names (not already covered by `found`)."""
    out: list[Entity] = []
    for e in found:
        if e.type is PhiType.NAME and (m := _QUOTED_AFTER.match(text, e.end)):
            out.append(Entity(PhiType.NAME, m.start("v"), m.end("v"), m.group("v")))
    for m in _BRACKETED.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if before and before.group("kin").lower() in cues.KIN and m.group("v").lower() not in cues.KIN:
            out.append(Entity(PhiType.NAME, m.start("v"), m.end("v"), m.group("v")))
    taken = {(e.start, e.end) for e in found}
    return [a for a in out if (a.start, a.end) not in taken]
