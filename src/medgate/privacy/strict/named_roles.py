"""A first name right BEFORE its role, the role led by "the" or in brackets: "spoke to will the
practice nurse", "ah sam (the carer) will open door", "this is Nell the neighbour". The role says
the word before it is a person; the word must be a first name the lexicon knows, and, outside
brackets, come after a word that hands over to a person ("to", "with", "is", "ah", a verb of
telling), since "when will the nurse come" and "the will the solicitor drew up" hold no name."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.contact_names import RELATIONS
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_ROLES: Final = frozenset(RELATIONS) | cues.JOB_WORDS | cues.KIN
# (a name, "the" or "(the", an optional qualifier, then the role)
_RX: Final = re.compile(
    r"(?:\b(?P<p>[A-Za-z]+)[ \t]+)?(?P<v>[A-Za-z][a-z]{1,14})[ \t]+(?P<b>\()?the[ \t]+(?:[a-z]+[ \t]+)?(?P<r>[a-z]+)\b"
)
# the words after which a person is named: prepositions, a Cantonese/Singlish "ah", verbs of telling
_HANDOVERS: Final = frozenset(
    ("to", "with", "from", "by", "is", "ah", "via", "asked", "told", "called", "rang", "phoned", "saw", "met")
)
_NOT_NAMES: Final = cues.DETERMINERS | cues.KIN | cues.JOB_WORDS | frozenset(RELATIONS)



def named_role_spans(text: str, lex: Lexicon) -> list[Entity]:
    low = lowered(text)
    if "the " not in low:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        v = m.group("v")
        if m.group("r") not in _ROLES or v.lower() in _NOT_NAMES:
            continue
        if m.group("b") is None and (m.group("p") or "").lower() not in _HANDOVERS:
            continue
        e = lex(v.lower())
        if e.flags & F.FIRST and not e.clinical:
            out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
