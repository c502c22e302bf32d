"""The writer's name after "this is" / "it's" in a message's opening greeting ("Bula Sr Losana,
this is Mere from Lautoka", "Hello Dr Osei, it's Will at the front desk", "Kia ora, this is Hope
from ward 5"): the frame names the writer, so a capitalised word there is a person even where it is
an English word ("Mere", "Will", "Hope"). Only at the opening line, with what comes after (where
the writer is from, a comma, "here", the end of the sentence), or anywhere there in any case before a
verb of sending ("hi this is will texting for my dad"); a role or a place's kind there
("this is Pharmacy from Boots", "it's Reception at the surgery") stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.closings import NOT_NAMES
from medgate.privacy.types import Entity, PhiType

_GREETING: Final = (
    r"(?i:hi|hey|hello|hiya|dear|morning|afternoon|evening|good[ \t]+(?:morning|afternoon|evening|day)|"
    r"bula|ni[ \t]+sa[ \t]+bula|kia[ \t]+ora|talofa|malo[ \t]+e[ \t]+lelei|namaste|sawubona|molo|salaam|"
    r"assalamu?[ \t]+alaikum|mabuhay|howzit|g'?day|greetings)"
)
_NAME: Final = r"[A-Z][a-z]{1,14}(?:-[A-Z][a-z]{1,14})?"
_RX: Final = re.compile(
    rf"(?:\A|\n)[ \t]*{_GREETING}\b(?:[ \t]+[A-Za-z.'\-]{{1,20}}){{0,3}}[ \t]*[,.!\-–—:][ \t]*"
    rf"(?i:this[ \t]+is|it'?s|it[ \t]+is)[ \t]+(?P<v>{_NAME}(?:[ \t]+{_NAME})?)"
    r"(?=[ \t]*(?:[,.!\-–—(]|\n|\Z)|[ \t]+(?i:from|at|with|of|on|in|here|the|your|ur)\b)"
)
# a role or a desk, not a person: "this is Pharmacy from Boots", "it's Reception at the surgery"
_ROLES: Final = cues.DEPARTMENTS | cues.TITLES | cues.KIN | frozenset(
    {"reception", "the", "me", "your", "ur", "nurse", "sister", "doctor", "matron", "security", "switchboard",
     "admin", "front", "desk", "office", "pharmacist", "midwife", "just", "about", "regarding", "re"}
)  # fmt: skip


# ... or in any case before a verb of sending the message, where a given name can only be the
# writer ("hi this is will texting for my dad", "its grace calling about mum"); "this is me texting",
# "its nurse calling" (a role, or no given name) stay
_SENDING: Final = re.compile(
    r"\b(?i:this[ \t]+is|it'?s|its|i'?m)[ \t]+(?P<v>[A-Za-z][a-z]{1,14})[ \t]+"
    r"(?i:texting|calling|writing|messaging|ringing|emailing|whatsapping)\b"
)


def caller_intro_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "is " not in text and "s " not in text and "m " not in text:
        return []
    head = text[:400]
    out: list[Entity] = []
    for m in _RX.finditer(head):
        if m.group("v").split()[0].lower() not in _ROLES:
            out.append(Entity.of(PhiType.NAME, m, "v"))
    if "ing" in head:
        for m in _SENDING.finditer(head):
            low = m.group("v").lower()
            if low not in _ROLES and low not in NOT_NAMES and lex(low).flags & F.FIRST:
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
