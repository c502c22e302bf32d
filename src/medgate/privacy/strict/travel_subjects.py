"""A first name as a sentence's subject before a verb of travel: "Will flying in from Boise",
"Rob driving down from Leeds tonight", "Pat arriving tomorrow", "Sunny is coming from Lagos". A name that is also a word (a
modal, a verb) is read as the word elsewhere; before "flying in", "driving up" it can only be who
travels. Kin and titles in the subject's place ("Son flying in", "Mum driving up") are no one's
name, nor is a word that is no first name ("Still driving", "Staff coming in")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.types import Entity, PhiType

# (led by the capital: the sentence's start is read back before it)
_TRAVELS: Final = re.compile(
    r"(?P<v>[A-Z][a-z'’\-]{1,15})[ ]+(?:(?:is|was|will[ ]+be)[ ]+)?"  # ("Sunny is coming from Lagos")
    r"(?:flying|driving|travell?ing|arriving|coming|heading|flies|drives|arrives)"
    r"(?:[ ]+(?:in|up|down|over|back|home|out))?[ ]+"
    r"(?:from|tomorrow|tonight|today|this|on|by|later|in|at)\b"
)
_SENTENCE_START: Final = re.compile(r"(?:\A|\n|[.;!?:][ ]{1,2})\Z")
_CUES: Final = ("fly", "flies", "driv", "travel", "arriv", "coming", "heading")


def travel_subject_spans(text: str, lex: Lexicon) -> list[Entity]:
    if not any(c in text for c in _CUES):  # (most notes say no one is on their way)
        return []
    out: list[Entity] = []
    for m in _TRAVELS.finditer(text):
        if m.start() > 0 and _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()) is None:
            continue
        word = m.group("v").lower()
        if word in cues.KIN or word in cues.TITLES or not lex(word).flags & F.FIRST:
            continue
        out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
