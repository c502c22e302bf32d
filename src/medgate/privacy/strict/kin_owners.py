"""A first name or a nickname that owns a kin word, as a carer introduces themself: "it's sharon
(bazza's daughter)", "this is Nev's daughter", "jo, col's wife". The word before "'s daughter",
"'s wife" is whose kin the writer is: a name, unless it is a kin word, a pronoun's or a role's
("pt's daughter", "the doctor's wife", "mum's sister"), a disease's eponym ("Parkinson's") or an
everyday word ("the man's son")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.types import Entity, PhiType

_OWNER: Final = re.compile(
    r"(?<![\w'’.\-])(?P<v>[A-Za-z][a-z]{1,14})['’]s[ ]+"
    r"(?:daughter|son|wife|husband|partner|sister|brother|mum|mom|mother|dad|father|niece|nephew"
    r"|granddaughter|grandson|carer|caregiver|fiance|fiancee|girlfriend|boyfriend)\b"
)
# who owns a kin word without being named by it
_ROLES: Final = frozenset({
    "pt", "pts", "patient", "patients", "client", "resident", "gp", "dr", "doctor", "nurse", "man", "woman",
    "lady", "guy", "girl", "boy", "baby", "child", "kid", "neighbour", "neighbor", "boss", "friend", "one",
    "someone", "everyone", "nobody", "other", "another", "owner", "driver", "teacher", "pastor", "vicar",
    "landlord", "landlady", "farmer", "priest", "minister", "chief", "king", "queen", "coach", "captain", "mate",
    "employer", "manager", "officer", "soldier", "lodger", "tenant", "deceased", "donor", "victim",
})  # fmt: skip
# a name's spelling may be a word's ("Will", "Nev", "Col"), but not an everyday one's ("the man's son")
_NAME_ZIPF: Final = 5.5
_WORD_ZIPF: Final = 4.2
_CUE: Final = re.compile(r"['’]s[ ]+(?:dau|son|wif|hus|par|sis|bro|mu|mo|da|fa|ni|ne|gra|car|fi|gi|bo)")


def kin_owner_spans(text: str, lex: Lexicon, possessive: frozenset[str]) -> list[Entity]:
    if _CUE.search(text) is None:  # (most notes name no one by whose kin they are)
        return []
    out: list[Entity] = []
    for m in _OWNER.finditer(text):
        word = m.group("v").lower()
        if word in cues.KIN or word in cues.TITLES or word in _ROLES or word in possessive:
            continue  # (a disease's eponym too: "Parkinson's")
        e = lex(word)
        if e.clinical or e.zipf >= (_NAME_ZIPF if e.flags & F.FIRST else _WORD_ZIPF):
            continue
        out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
