"""A first name right BEFORE its role, the role led by "the" or in brackets: "spoke to will the
practice nurse", "ah sam (the carer) will open door", "this is Nell the neighbour"; or led by "my"
after a verb of telling: "tell anahera my cpn", "ask Sione our keyworker". The role says
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
# ... or the role led by "my" ("tell anahera my cpn i cant make it", "ask sione our keyworker"), the
# name right after a verb of telling (a person is told or asked), the name a first name or a word no
# list knows ("can u tell my cpn", "tell him my nurse said" stay)
_RARE_ZIPF: Final = 3.0  # (a web word this rare and no English word: a name, not jargon)
_MY_ROLE: Final = re.compile(r"[ \t](?:my|our|ur|your)[ \t]+(?P<r>[a-z]+)\b(?:[ \t]+(?P<r2>[a-z]+)\b)?")
_TELLING: Final = frozenset(("tell", "ask", "text", "ring", "call", "message", "msg", "remind", "let", "inform", "email"))
# community mental-health and social-care roles a chat names by their initials ("my cpn", "our sw")
_CARE_ROLES: Final = frozenset(("cpn", "keyworker", "caseworker", "cm", "sw", "hv", "ot", "psych", "counsellor",
                                "counselor", "therapist", "worker", "coordinator"))


def named_role_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for r in _ROLE.finditer(text) if "the " in text else ():  # (every such role is led by a lower-case "the")
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
    for r in _MY_ROLE.finditer(text) if any(w in text for w in (" my ", " our ", " ur ", " your ")) else ():
        if not any(w in _ROLES or w in _CARE_ROLES for w in (r.group("r"), r.group("r2"))):
            continue  # (the role, or a qualifier and the role: "my social worker")
        m = _BEFORE.search(text, max(0, r.start() - 40), r.start())
        if m is None or (m.group("p") or "").lower() not in _TELLING:
            continue
        v = m.group("v")
        e = lex(v.lower())
        if v.lower() in _NOT_NAMES or len(v) < 3 or e.clinical:
            continue
        if (e.flags & F.FIRST and not (e.english and e.zipf >= 4.0)) or not (e.english or e.zipf >= _RARE_ZIPF):
            out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
