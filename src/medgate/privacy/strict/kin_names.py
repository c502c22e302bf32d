"""First names that only a relationship tells: a lower-case given name after a kinship word in a
typed message ("my granddaughter maelis.", "her nephew kaiden, who"), and the children listed after
a "Children:" label with their ages ("Kids: Liam (4), Noor (9 mo)"). A common word after the kin
word ("grandson visiting", "wife aware", "son rn") is no name."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_KIN_WORDS: Final = (
    "son|daughter|grandson|granddaughter|grandkid|grandchild|nephew|niece|husband|wife|brother|sister|"
    "stepson|stepdaughter|cousin|godson|goddaughter|boyfriend|girlfriend|fiance|fiancee"
)
# the kin word, the name, then what ends a name mentioned in passing
_KIN_LOWER: Final = re.compile(
    rf"\b(?:{_KIN_WORDS})[ \t]+(?P<v>[a-z]{{3,}})(?=[ \t]*(?:[.,;:!?)]|\(|[ \t](?:and|is|was|who|says|said|will|came|called|has|had)\b|\Z))"
)
# "Children: Liam (4), Noor (9 mo)"
_LIST_LABEL: Final = re.compile(r"(?i:\b(?:children|kids|grandchildren|siblings|dependents|dependants))[ \t]*:")
_LIST_WORDS: Final = ("hildren", "HILDREN", "Kids", "kids", "KIDS", "iblings", "IBLINGS", "epende", "EPENDE", "ependa", "EPENDA")
_AGED: Final = re.compile(r"(?P<v>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]*\((?:age[ \t]*)?\d{1,2}(?:[ \t]*(?:y|yo|yrs|mo|mos|months))?\)")
_STATES: Final = ("ed", "ing", "able", "ous", "ful", "less", "ly", "bound")
_NOT_NAMES: Final = cues.CREDENTIALS | cues.AFTER_NAME | cues.UNITS | cues.ADVERBS


def kin_name_spans(text: str, lex: Lexicon, upper: float) -> list[Entity]:
    out: list[Entity] = []
    if upper < 0.03:  # a lower-case message: a name typed lower case too
        for m in _KIN_LOWER.finditer(text):
            v = m.group("v")
            e = lex(v)
            if v in _NOT_NAMES or e.clinical or e.zipf >= 3.0 or v.endswith(_STATES):
                continue  # ("son incarcerated.", "wife bedbound"): how they are, not who
            out.append(Entity.of(PhiType.NAME, m, "v"))
    if ":" in text and any(k in text for k in _LIST_WORDS):
        for lab in _LIST_LABEL.finditer(text):
            line_end = text.find("\n", lab.end())
            line = text[lab.end() : line_end if line_end >= 0 else len(text)]
            for m in _AGED.finditer(line):
                s, t = lab.end() + m.start("v"), lab.end() + m.end("v")
                out.append(Entity(PhiType.NAME, s, t, text[s:t]))
    return out
