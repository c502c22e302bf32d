"""A lower-case first name or nickname that chat writes as the owner of a health card: "kai's medicare
is ...", "rory's medicaid card", "zeb's ohip". The word before "'s" and a health plan's name is whose
card it is; a kin word, a pronoun or an everyday English word there stays ("mum's medicare", "the
kid's medicare", "her medicaid"), and so does a capitalised one (the tagger reads those)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_PLANS: Final = ("medicare", "medicaid", "ohip", "health card", "insurance card")
_RX: Final = re.compile(
    r"(?<![\w'’.-])(?P<v>[a-z]{2,12})['’]s[ ](?:" + "|".join(p.replace(" ", "[ ]") for p in _PLANS) + r")\b"
)
# above this a name-like word is an everyday one ("the kid's", "the baby's"), not a name
_EVERYDAY_ZIPF: Final = 4.5


def card_owner_spans(text: str, lex: Lexicon) -> list[Entity]:
    low = lowered(text)
    if not any(p in low for p in _PLANS):
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        w = m.group("v")
        if w in cues.KIN or w in cues.KIN_WORLD or w in cues.DETERMINERS:
            continue
        e = lex(w)
        if not e.flags & (F.FIRST | F.LAST) or e.clinical or (e.english and e.zipf >= _EVERYDAY_ZIPF):
            continue
        out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
