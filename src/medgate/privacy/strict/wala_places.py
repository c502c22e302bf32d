"""A place or person named before the Hindi, Urdu or Punjabi "wala"/"wali"/"wale" ("the one of,
the one at"): "Fortis wali appointment" (the appointment at Fortis), "Apollo wale doctor", "Saket
wala clinic". A capitalised word there names where or whose; a common English, clinical or kin
word ("Sugar wali dawai", "Dr wala", "ICU wala") stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

_RX: Final = re.compile(
    r"(?<![\w'’-])(?P<v>[A-Z][a-z]{2,}(?:[ ][A-Z][a-z]{2,})?)[ ]"
    r"(?:wala|wali|wale|walli|walla|walle|waala|waali|waale|vala|vali|vale|vaala|vaali)(?![\w'’-])"
)
# above this a capitalised word is an ordinary one said first in a sentence, not a name
_COMMON_ZIPF: Final = 4.0


def wala_place_spans(text: str, lex: Lexicon) -> list[Entity]:
    if " wal" not in text and " val" not in text and " waa" not in text and " vaa" not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        words = m.group("v").split()
        if any(w in CLINICAL_WORDS or w.lower() in cues.KIN_WORLD or w.lower() in cues.KIN for w in words):
            continue
        entries = [lex(w.lower()) for w in words]
        if any(e.clinical or (e.english and e.zipf >= _COMMON_ZIPF) for e in entries):
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
