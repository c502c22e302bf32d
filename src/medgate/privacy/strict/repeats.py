"""A place's own word said again alone in the same document: "Referrals to Wentworth Senior
Living ... Pt prefers Wentworth." The first mention had the words that made it a place; the
later one has only the name. (Within one document only: `detect` sees one at a time.)"""

from __future__ import annotations

from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_PLACES: Final = frozenset({PhiType.LOCATION, PhiType.CITY})


def repeated_places(text: str, found: list[Entity], lex: Lexicon) -> list[Entity]:
    """Later bare mentions of the distinctive words of the places in `found` (a capitalised word
    of four letters or more that is no English or clinical word), not already covered."""
    words: set[str] = set()
    for e in found:
        if e.type in _PLACES and " " in e.text:
            for w in e.text.split():
                w = w.strip(".,;:()'’\"")
                if len(w) >= 4 and w[:1].isupper() and w[1:].islower() and w.isalpha():
                    entry = lex(w)
                    if not (entry.english or entry.clinical):
                        words.add(w)
    if not words:
        return []
    taken = bytearray(len(text))
    for e in found:
        taken[e.start : e.end] = b"\x01" * (e.end - e.start)
    out: list[Entity] = []
    for w in words:
        at = text.find(w)
        while at >= 0:
            end = at + len(w)
            alone = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
            if alone and not any(taken[at:end]):
                out.append(Entity(PhiType.LOCATION, at, end, w))
            at = text.find(w, end)
    return out
