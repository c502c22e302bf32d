"""A place told after the Tagalog "galing" (came from), as Taglish chat writes it: "galing pa siyang
Batangas" (she came all the way from Batangas), "galing sila sa Calamba", "galing sa Daet". The
capitalised word or two after "galing", its "pa", a pronoun ("siya", "siyang", "sila") and "sa",
is where someone came from. A clinical word, a kin word or a common English word there is no place
("galing sa ER", "galing pa siyang Dialysis", "galing sa Tita")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

_RX: Final = re.compile(
    r"\b(?i:galing)(?:[ ](?i:pa|na|din|rin))?(?:[ ](?i:siya|siyang|sila|silang|kami|kaming|ako|akong))?"
    r"(?:[ ](?i:sa|ng))?[ ](?P<v>[A-Z][a-z]{2,}(?:[ ][A-Z][a-z]{2,})?)(?![\w'’-])"
)
# above this a capitalised word is an ordinary English one ("galing sa Work"), not a town
_COMMON_ZIPF: Final = 4.0


def galing_place_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "aling" not in text and "ALING" not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        words = m.group("v").split()
        low = [w.lower() for w in words]
        if any(w in CLINICAL_WORDS or w in cues.KIN_WORLD or w in cues.KIN or w in cues.TITLES for w in low):
            continue
        entries = [lex(w) for w in low]
        if any(e.clinical or (e.english and e.zipf >= _COMMON_ZIPF) for e in entries):
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
