"""A police, fire or ambulance service named by its town: "BIB PHOENIX PD", "intub in field by palmer
fire medics", "Tempe police at bedside", "Glendale FD", "Mesa EMS". The service says the word before
it is its town; only a word the lexicon knows as a place counts, so "home PD" (peritoneal dialysis),
"hx of PD", "local police", "county sheriff", "house fire" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

# the service, the town's word(s) before it; "fire" only with the word that makes it a service
_SERVICE: Final = re.compile(
    r"(?<![\w'’/-])(?P<v>[A-Za-z][A-Za-z'’]+(?:[ \t][A-Za-z][A-Za-z'’]+)?)[ \t]+"
    r"(?:(?i:police|sheriff'?s?|ems)\b|(?:PD|FD|pd|fd)\b(?![-/])"
    r"|(?i:fire)[ \t]+(?i:dept\.?|department|medics?|rescue|crew|service|brigade|station)\b)"
)
_GATE: Final = ("police", "sheriff", "ems", "pd", "fd", "fire")
_WEAK_ZIPF: Final = 4.5  # a place this common as a word is the sentence's ("state", "city")


def _town(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    if low in cues.KIN or low in cues.SHORTHAND or low in cues.TITLES or word.title() in CLINICAL_WORDS:
        return False
    e = lex(low)
    return e.place and not e.clinical and not (e.english and e.zipf >= _WEAK_ZIPF)


def service_town_spans(text: str, lex: Lexicon) -> list[Entity]:
    low = lowered(text)
    if not any(g in low for g in _GATE):
        return []
    out: list[Entity] = []
    for m in _SERVICE.finditer(text):
        words = m.group("v").split()
        if len(words) == 2 and lex(" ".join(words).lower()).place:  # "Apache Junction PD"
            out.append(Entity.of(PhiType.CITY, m, "v"))
        elif _town(words[-1], lex):
            start = m.end("v") - len(words[-1])
            out.append(Entity(PhiType.CITY, start, m.end("v"), words[-1]))
    return out
