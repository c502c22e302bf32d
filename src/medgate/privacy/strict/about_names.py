"""A name a caller rings about, told by the pronoun that follows it: "just phoning aboot Wull, his
INR wis 4.2" (Scots "about"), "calling about Morag, her bloods", "ringing re Tam, he fell". The
caller's verb says a message is about someone, and "his"/"her" right after the comma says that
someone is a person, so the word is a name even where it is also English ("Will", "Sunny"). A kin,
role, clinical, weekday or month word there stays ("phoning about Dad, his tablets", "calling
about Warfarin, her dose", "ringing about Monday, her slot")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.words import ROLE_WORDS
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"(?i:(?<![\w'’-])(?:phon|call|ring|text|messag|email|writ)(?:ing|ed)?|rang|wrote)"
    r"[ \t]+(?i:about|aboot|re|regarding)[ \t]+(?P<v>[A-Z][a-z'’]{1,14})"
    r",[ \t]*(?i:his|her|he|she|he's|she's)\b"
)
_NOT_NAMES: Final = (
    cues.KIN | cues.KIN_WORLD | ROLE_WORDS | cues.DEPARTMENTS | cues.DAY_WORDS | frozenset(cues.MONTHS) | cues.TITLES
)


def about_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    if ", h" not in text and ", s" not in text and ",h" not in text and ",s" not in text:
        return []  # (every find has its pronoun after a comma: most notes pay these four checks)
    low = lowered(text)
    if "abo" not in low and " re " not in low and "regarding" not in low:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        word = m.group("v").lower()
        e = lex(word)
        if word in _NOT_NAMES or (e.clinical and not e.name):
            continue
        out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
