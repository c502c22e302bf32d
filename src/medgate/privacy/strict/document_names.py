"""A person's other name, told in brackets as the one on a document: "wife sunny (sunita on her
ID)", "son bobby (legally Robert on his passport)", "(Mei Ling on the insurance card)". The words
before "on her/his ID" are that name, whatever the case they are written in."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_DOCUMENT_NAME: Final = re.compile(
    r"\((?:(?i:legally|officially|formally)[ \t]+)?"
    r"(?P<v>[A-Za-z][A-Za-z'’\-]+(?:[ \t]+[A-Za-z][A-Za-z'’\-]+)?)[ \t]+(?i:on)[ \t]+"
    r"(?:(?i:her|his|their|the|its)[ \t]+)?"
    r"(?i:id|i\.d\.|ids|passport|licen[cs]e|driver'?s[ \t]+licen[cs]e|paperwork|papers|insurance(?:[ \t]+card)?|"
    r"birth[ \t]+certificate|visa|card|documents?)\b"
)


def document_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "(" not in text:
        return []
    out: list[Entity] = []
    for m in _DOCUMENT_NAME.finditer(text):
        if not any(lex(w.lower()).clinical and not lex(w.lower()).name for w in m.group("v").split()):
            out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
