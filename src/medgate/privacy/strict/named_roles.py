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
from medgate.privacy.types import Entity, PhiType

_ROLES: Final = frozenset(RELATIONS) | cues.JOB_WORDS | cues.KIN
# "the" or "(the", an optional qualifier, then the role: found first (cheap), the name looked for
# only before a role
_ROLE: Final = re.compile(r"[ \t](?P<b>\()?the[ \t]+(?:[a-z]+[ \t]+)?(?P<r>[a-z]+)\b")
# (the word handing over, then the name, right before the role)
_BEFORE: Final = re.compile(r"(?:\b(?P<p>[A-Za-z]+)[ \t]+)?(?P<v>(?<![\w'’-])[A-Za-z][a-z]{1,14})\Z")
# the words after which a person is named: prepositions, a Cantonese/Singlish "ah", verbs of telling
_HANDOVERS: Final = frozenset(
    ("to", "with", "from", "by", "is", "ah", "via", "asked", "told", "called", "rang", "phoned", "saw", "met")
)
_NOT_NAMES: Final = cues.DETERMINERS | cues.KIN | cues.JOB_WORDS | frozenset(RELATIONS)


def named_role_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "the " not in text:  # (every role is led by a lower-case "the")
        return []
    out: list[Entity] = []
    for r in _ROLE.finditer(text):
        if r.group("r") not in _ROLES:
            continue
        start = r.start()
        m = _BEFORE.search(text, max(0, start - 40), start)
        if m is None:
            continue
        v = m.group("v")
        if v.lower() in _NOT_NAMES:
            continue
        if r.group("b") is None and (m.group("p") or "").lower() not in _HANDOVERS:
            continue
        e = lex(v.lower())
        if e.flags & F.FIRST and not e.clinical:
            out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
