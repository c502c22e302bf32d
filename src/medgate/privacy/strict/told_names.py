"""A name before the Hindi, Urdu or Punjabi object marker and a verb of telling or calling:
"Chintu ko bol de" (tell Chintu), "Sonu ko call karo", "Bunty nu keh dena", "Guddi ko bata do". The
marker says a person is spoken to, so the word before it is a name even where it is English
("Sunny", "Happy", "Lucky"); its later capitalised mentions are the same person's. "papa ko bol
do", "doctor ko call karo", "sir ko bata" where a kin, role or clinical word stands stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.words import ROLE_WORDS
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

_VERBS: Final = (
    r"bol|bolo|bolna|bolde|bata|batao|batado|batana|keh|kaho|kehna|kehde|dasso|dass|das|puch|pucho|poocho"
    r"|call|phone|msg|message|text|ring|samjha|samjhao|mil|milo"
)
_RX: Final = re.compile(
    rf"(?<![\w'’-])(?P<v>[A-Z][a-z]{{2,14}})[ ](?:ko|nu|noo|nuu|kuon|kon)[ ](?:{_VERBS})(?![\w'’-])"
)
# the family and household words that take the marker in these chats ("papa ko", "bhaiya nu")
_HOUSEHOLD: Final = (
    "papa mummy mama mami dadi nani bhaiya bhai didi sab sabko unko usko inko mujhe mujh tujhe isko "
    "receptionist reception office driver maid aunty uncle sir madam ma'am"
)
_NOT_NAMES: Final = cues.KIN | cues.KIN_WORLD | ROLE_WORDS | cues.DEPARTMENTS | frozenset(_HOUSEHOLD.split())


def told_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    if " ko " not in text and " nu " not in text and " noo " not in text and " nuu " not in text \
            and " kon " not in text and " kuon " not in text:
        return []
    out: list[Entity] = []
    names: set[str] = set()
    for m in _RX.finditer(text):
        v = m.group("v")
        low = v.lower()
        if low in _NOT_NAMES or v in CLINICAL_WORDS or lex(low).clinical:
            continue
        names.add(v)
    for v in names:
        for m in re.finditer(rf"(?<![\w'’.@-]){v}(?![\w'’@-])", text):
            out.append(Entity(PhiType.NAME, m.start(), m.end(), v))
    return out
