"""A ward named after its label on a note's header line: "Ward: Wheal Rose", "WARD: Tregenna",
"Ward: Lady Margaret Beaumont". A named ward says where a patient lies, as a place does. Kept: a
ward named by its number or its specialty, or in words of everyday English ("Ward: 7B", "Ward:
Stroke Unit", "Ward: Cardiology", "Ward: Acute Medical Unit"): a ward is masked only when one of its
words is no everyday or clinical word (a place, a person, a word in another language)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

# "Ward:" then one to three titled words on the same line
_WARD: Final = re.compile(
    r"\b(?:Ward|WARD)[ \t]*:[ \t]*(?P<v>[A-Z][\w'’\-]+(?:[ ][A-Z][\w'’\-]+){0,2})(?![\w])"
)


def _named(lex: Lexicon, word: str) -> bool:
    e = lex(word.lower().strip("'’-"))
    return not e.clinical and (e.place or e.name or not e.english)


def ward_label_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "ARD:" not in text and "ard:" not in text:
        return []
    out: list[Entity] = []
    for m in _WARD.finditer(text):
        words = [p for w in m.group("v").split() for p in w.split("-") if p]
        if any(w.isupper() or any(c.isdigit() for c in w) for w in words):
            continue  # "Ward: AMU", "Ward: B4": a code, no one's name
        if any(_named(lex, w) for w in words):
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
