"""A first name or a nickname that owns a kin word, as a carer introduces themself: "it's sharon
(bazza's daughter)", "this is Nev's daughter", "jo, col's wife", "this is Litia, Mere's aunty".
The word before "'s daughter", "'s aunty" (a kin word of `cues.KIN`, or of `cues.KIN_WORLD` after
a capital) is whose kin the writer is: a name, unless it is a kin word, a pronoun's or a role's
("pt's daughter", "the doctor's wife", "mum's sister"), a disease's eponym ("Parkinson's") or an
everyday word ("the man's son"). A rare word so named, said again capitalised, is her name again."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.types import Entity, PhiType

# (found from the possessive, a character the regex engine skips to; the owner is read back)
_KIN_AFTER: Final = re.compile(r"['’]s[ ]+(?P<k>[A-Za-z]+)\b")
_OWNER: Final = re.compile(r"(?<![\w'’.\-])[A-Za-z][a-z]{1,14}\Z")
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


def kin_owner_spans(text: str, lex: Lexicon, possessive: frozenset[str]) -> list[Entity]:
    out: list[Entity] = []
    for k in _KIN_AFTER.finditer(text):
        kin = k.group("k").lower()
        if kin not in cues.KIN and kin not in cues.KIN_WORLD:
            continue  # (most possessives own no kin word: "pt's bp")
        m = _OWNER.search(text, max(0, k.start() - 15), k.start())
        if m is None:
            continue
        owner = m.group()
        if kin not in cues.KIN and not owner[0].isupper():
            continue  # (another language's family word only after a capital: "moko's koro" is kin's kin)
        word = owner.lower()
        if word in cues.KIN or word in cues.TITLES or word in _ROLES or word in possessive:
            continue  # (a disease's eponym too: "Parkinson's")
        e = lex(word)
        if e.clinical or e.zipf >= (_NAME_ZIPF if e.flags & F.FIRST else _WORD_ZIPF):
            continue
        out.append(Entity.of(PhiType.NAME, m))
        if owner[0].isupper() and e.zipf < _WORD_ZIPF:
            out.extend(_said_again(text, owner, m.start()))
    return out


def _said_again(text: str, name: str, at: int) -> list[Entity]:
    """The owner's name said again alone, capitalised as at first ("this is Litia, Mere's aunty.
    Mere had the fits"): the kin word named her once; a rare word's capital names her again."""
    return [
        Entity(PhiType.NAME, m.start(), m.end(), name)
        for m in re.finditer(rf"(?<![\w'’\-]){re.escape(name)}(?![\w\-])", text)
        if m.start() != at
    ]
