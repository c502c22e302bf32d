"""An institution named with a capitalised "The" mid-sentence after a place preposition: "seen at
The Heart Institute", "moved to The Lakeview Centre", "from The Royal Marsden". The capital on the
article, in a sentence that writes its other words in lower case, marks a proper name. "at the
Medical ward" (lower-case article), "at The start" (lower-case word after), "THE ICU" (capitals
throughout) stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"\b(?:at|to|from)[ ](?P<v>The[ ][A-Z][a-z][\w'’\-]*(?:[ ](?:of[ ])?[A-Z][a-z][\w'’\-]*){0,3})"
)


def the_institution_spans(text: str, lex: Lexicon) -> list[Entity]:
    if " The " not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        words = [w.lower() for w in m.group("v").split()[1:] if w != "of"]
        if words[-1] in cues.DEPARTMENTS or all(lex(w).clinical for w in words):
            continue  # ("to The Ward": a department, no institution)
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
