"""The other first name of a pair joined by "and" or "&", where one of the two is already masked
as a name: "children Will and Hannah", "Night shift is Faith and Tevita", "Jānis and Līga rented
the flat". Both are capitalised words alone (no surname between); the named one says the other is
a name too, even when the other is also a word ("Will", "Faith", "Grace", "Rose", "Hope"). The
other must be a first name in the lexicon, or a word no English list holds (a foreign name, often
with diacritics). "Hannah and Dad", "Tevita and I", "Hannah and Ward 7", "Crohn's and Colitis"
and "Vanc and Levo" (a kin word, a pronoun, a place word, a clinical word, a drug's short
form that is web jargon) stay."""

from __future__ import annotations

from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.words import JARGON, ROLE_WORDS, SAFE, Tok
from medgate.privacy.types import Entity, PhiType

_JOINS: Final = (" and ", " & ")
_EVERYDAY_ZIPF: Final = 4.0  # (a word this common that no list holds as a first name is the sentence's own)
_NOT_NAMES: Final = (
    cues.KIN | ROLE_WORDS | cues.DAY_WORDS | cues.DETERMINERS | cues.DEPARTMENTS | cues.NAMED_AREAS
    | frozenset(m.lower() for m in cues.MONTHS)
)  # fmt: skip


def name_pair_spans(text: str, words: list[Tok]) -> list[Entity]:
    if " and " not in text and " & " not in text:
        return []
    out: list[Entity] = []
    for i in range(len(words) - 2):
        n1, joint, n2 = words[i], words[i + 1], words[i + 2]
        if joint.low not in ("and", "&") or n1.hit == n2.hit:
            continue
        if text[n1.end : n2.start] not in _JOINS or not (_title(n1.text) and _title(n2.text)):
            continue
        named, other = (n1, n2) if n1.hit else (n2, n1)
        if named.place or named.eponym or not _first_name_like(other):
            continue
        if other is n2 and text[n2.end : n2.end + 1] in ("'", "’") and text[n2.end + 1 : n2.end + 2] != "s":
            continue
        out.append(Entity(PhiType.NAME, other.start, other.end, other.text))
    return out


def _title(word: str) -> bool:
    return len(word) >= 3 and word[0].isupper() and word[1:].islower() and word.isalpha()


def _first_name_like(w: Tok) -> bool:
    e = w.entry
    if e is None or e.clinical or w.eponym or w.verdict == JARGON or w.low in _NOT_NAMES:
        return False
    if e.flags & F.FIRST:
        return True  # "Will", "Faith", "Hope": a first name that is also a word (or a town's name)
    if e.place:
        return False
    foreign = not w.text.isascii()  # ("Līga", "Zoë": diacritics no English word has)
    # (a word the word passes judged safe, a drug's short form "Levo", is none)
    return e.zipf < _EVERYDAY_ZIPF and (foreign or (not e.english and w.verdict != SAFE))
