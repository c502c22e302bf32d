"""The other name of two relatives told side by side: "partner kiri and mum hine", "son Tama,
daughter Aroha", "wife June & son Ray". Where one of the pair is masked as a name after its kinship
word, the word in the same place after the other kinship word is a name too, even one the
dictionaries hold as a rare word ("kiri"); an everyday word there is no name ("wife tearful and son
angry": neither side is a name, so nothing is read)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.strict.words import ROLE_WORDS, Tok
from medgate.privacy.types import Entity, PhiType

_JOIN: Final = re.compile(r"[ \t]*(?:,|&|(?i:and))[ \t]*|[ \t]*,[ \t]*(?i:and)[ \t]+")
_EVERYDAY_ZIPF: Final = 4.0  # ("son present and wife ...": a word that common is the sentence's own)


def kin_pair_spans(text: str, words: list[Tok]) -> list[Entity]:
    out: list[Entity] = []
    for i in range(len(words) - 3):
        k1, n1 = words[i], words[i + 1]
        if k1.low not in cues.KIN:
            continue
        j = i + 3 if words[i + 2].low == "and" else i + 2  # (the "and" between is a word too)
        if j + 1 >= len(words):
            continue
        k2, n2 = words[j], words[j + 1]
        if k2.low not in cues.KIN or n1.hit == n2.hit:
            continue
        if text[k1.end : n1.start] != " " or text[k2.end : n2.start] != " ":
            continue
        if _JOIN.fullmatch(text, n1.end, k2.start) is None:
            continue
        named, other = (n1, n2) if n1.hit else (n2, n1)
        if named.place or _shape(named.text) != _shape(other.text) or not _could_be_name(other):
            continue
        out.append(Entity(PhiType.NAME, other.start, other.end, other.text))
    return out


def _could_be_name(w: Tok) -> bool:
    e = w.entry
    if e is None or e.clinical or e.zipf >= _EVERYDAY_ZIPF or not w.text.isalpha() or len(w.text) < 2:
        return False
    if w.low in cues.KIN or w.low in ROLE_WORDS or w.eponym:
        return False
    # a rare English word that no list holds as a name, shaped like a state's word ("weepy",
    # "unsettled", "tearful"), says how the relative is
    return bool(e.name) or not (e.english and w.low.endswith(_STATE_ENDINGS))


_STATE_ENDINGS: Final = ("y", "ed", "ing", "ful", "ous", "ive", "ent", "ant", "ic", "al", "less", "ish", "able", "ible")


def _shape(word: str) -> str:
    return "upper" if word.isupper() else "lower" if word.islower() else "title"
