"""A place's own word said again alone in the same document: "Referrals to Wentworth Senior
Living ... Pt prefers Wentworth." The first mention had the words that made it a place; the
later one has only the name. A name's own word said again: "this is Sione Tuilagi, son of Fa'amoe
Tuilagi", "lola pacita po (pacita abellana)". (Within one document only: `detect` sees one at a
time.)"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
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


_NAME_WORD: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


_RARE_ZIPF: Final = 3.0  # (a lower-case word this rare and no English one: a given name, not jargon)


def _lower_given_name(word: str, lex: Lexicon) -> bool:
    """One word of five letters or more, written all in lower case, that no list knows as English
    or medicine: a given name typed lower case, seldom a mistaken abbreviation."""
    if len(word) < 5 or not (word.isalpha() and word.islower()):
        return False
    e = lex(word)
    return not (e.english or e.clinical) and e.zipf < _RARE_ZIPF and word not in cues.KIN and word not in cues.KIN_WORLD


def repeated_names(
    text: str, found: list[Entity], lex: Lexicon, eponyms: list[tuple[int, int]]
) -> list[Entity]:
    """Other mentions, in any case, of the words of the names in `found` that are no English or
    clinical word (four letters or more; not an upper-case abbreviation), not already covered
    and not an eponym ("Parkinson disease"): the cue that made the first mention a name is seldom
    written twice. Only from full names of two to four words and no digits, or from one given name
    typed in lower case (`_lower_given_name`), said again where a sentence opens ("na mama chidera.
    chidera still dey cough"; not "awake and aggitated", a misspelling the first cue took for a name)."""
    words: set[str] = set()
    openers: set[str] = set()  # one-word lower-case names: taken again only where a sentence opens
    for e in found:
        if e.type is not PhiType.NAME or any(c.isdigit() for c in e.text):
            continue
        parts = _NAME_WORD.findall(e.text)
        if len(parts) == 1 and _lower_given_name(e.text, lex):
            openers.add(e.text)  # ("na mama chidera. chidera still dey cough": typed lower case, no abbreviation)
            continue
        if not 2 <= len(parts) <= 4:
            continue  # (a full name: one word alone is more often a mistaken abbreviation, "Levo")
        for w in parts:
            if len(w) < 4 or (w.isupper() and len(w) <= 5):
                continue
            entry = lex(w.lower())
            if not (entry.english or entry.clinical):
                words.add(w.lower())
    if not words and not openers:
        return []
    low = lowered(text)
    taken = bytearray(len(text))
    for s, t in [(e.start, e.end) for e in found] + eponyms:
        taken[s:t] = b"\x01" * (t - s)
    out: list[Entity] = []
    for w in words:
        at = low.find(w)
        while at >= 0:
            end = at + len(w)
            alone = (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum())
            if alone and not any(taken[at:end]):
                out.append(Entity(PhiType.NAME, at, end, text[at:end]))
            at = low.find(w, end)
    for w in _paired_given_names(text, found, lex) - words:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", text):
            if not any(taken[m.start() : m.end()]):
                out.append(Entity.of(PhiType.NAME, m))
    for w in openers - words:
        for m in re.finditer(rf"(?:\A|[.!?][ \t]+|\n[ \t]*)(?P<v>{re.escape(w)})(?![\w'’-])", text):
            if not any(taken[m.start("v") : m.end("v")]):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out


_RARE_ENGLISH_ZIPF: Final = 4.0  # (an English word rarer than this, paired with a name, is a name)
_PAIR_JOINS: Final = frozenset({" and ", " & ", " und ", " et ", " y ", " e ", " og ", " och ", " en "})


def _paired_given_names(text: str, found: list[Entity], lex: Lexicon) -> set[str]:
    """One-word capitalised names masked as one of a pair ("Ilze and Marta rented ..."): the pair
    made each a person, so each is one when said again alone ("Ilze works at ..."), as written
    (case kept). Four letters or more, no clinical word, and no common English one ("Will and Dean":
    "Will" stays a word when said again; a rarer one, "Liga" or "Ivy", is the person's)."""
    names = sorted((e for e in found if e.type is PhiType.NAME), key=lambda e: e.start)
    out: set[str] = set()
    for a, b in pairwise(names):
        if text[a.end : b.start] not in _PAIR_JOINS:
            continue
        for w in (a.text, b.text):
            if len(w) >= 4 and w.isalpha() and w[0].isupper() and w[1:].islower():
                entry = lex(w.lower())
                if not entry.clinical and (not entry.english or entry.zipf < _RARE_ENGLISH_ZIPF):
                    out.add(w)
    return out


def possessive_repeats(text: str, found: list[Entity], eponyms: list[tuple[int, int]]) -> list[Entity]:
    """A one-word name written in lower case said again with the possessive ("daughter-in-law sunny
    phoned ... sunny's mob"): the possessive makes the word the person's where, alone, it is an
    English word that `repeated_names` leaves. Not already covered, not an eponym."""
    if "'s" not in text and "’s" not in text:
        return []
    words = {e.text for e in found if e.type is PhiType.NAME and len(e.text) >= 3 and e.text.isalpha() and e.text.islower()}
    if not words:
        return []
    taken = bytearray(len(text))
    for s, t in [(e.start, e.end) for e in found] + eponyms:
        taken[s:t] = b"\x01" * (t - s)
    out: list[Entity] = []
    for w in words:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(w)}(?=['’]s\b)", text):
            if not any(taken[m.start() : m.end()]):
                out.append(Entity(PhiType.NAME, m.start(), m.end(), w))
    return out
