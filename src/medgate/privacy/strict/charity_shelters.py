"""A charity's shelter, mission or food bank by its name right before the kind, where an unhoused
patient stays or eats: "sleeps at the Union Gospel Mission", "stays at the Catholic Charities shelter",
"gets meals from the St Vincent food bank". The name is one to three capitalised words (not the
sentence's first word alone); a single word must be no common English one ("the Emergency shelter",
"Homeless shelter", "a Women's shelter" stay)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_SHELTER: Final = re.compile(
    r"(?<![\w'’])(?P<v>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2})[ \t]+"
    r"(?:[Ss]helter|SHELTER|[Mm]ission|MISSION|[Ff]ood[ \t]+[Bb]ank|[Ss]oup[ \t]+[Kk]itchen)(?![\w'’])"
)
# (every match holds one of these: most notes hold none, and then the scan does not run)
_KIND_PARTS: Final = ("helter", "HELTER", "ission", "ISSION", "ood bank", "ood Bank", "OOD BANK", "oup kitchen",
                      "oup Kitchen", "OUP KITCHEN")  # fmt: skip
_RARE_ZIPF: Final = 4.0
_NOT_FIRST: Final = cues.DETERMINERS | cues.UNITS | cues.DEPARTMENTS | cues.DAY_WORDS | frozenset(cues.MONTHS)


def charity_shelter_spans(text: str, lex: Lexicon) -> list[Entity]:
    if not any(k in text for k in _KIND_PARTS):
        return []
    out: list[Entity] = []
    for m in _SHELTER.finditer(text):
        start, words = m.start("v"), m.group("v").split()
        if words[0].lower() in _NOT_FIRST:  # ("The Harbor Light shelter": the article is not the name's)
            words = words[1:]
            start = text.find(words[0], start + 1) if words else start
        if not words or text.isupper():
            continue
        if len(words) == 1:
            e = lex(words[0].lower())
            if e.clinical or (e.english and e.zipf >= _RARE_ZIPF) or _sentence_start(text, start):
                continue
        out.append(Entity(PhiType.LOCATION, start, m.end("v"), text[start : m.end("v")]))
    return out


def _sentence_start(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip(" \t")
    return not before or before[-1] in ".!?\n:"
