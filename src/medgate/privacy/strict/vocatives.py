"""A colleague called by name where a message opens, before what is asked of them: "Chioma pls,
the baby in cot 4", "Faith — pt admitted overnight", "Sue, can you see bed 9". The name opens the
text or a line and a request's "pls"/"please", a comma or a dash follows it. A comma or a dash
follows a first name here (not one as common as "Will" or "Grace": they open sentences too); a
word no list knows as English or clinical ("Chioma") only before "pls": an opening word of
another language, a typo or a heading takes a comma too ("Hallo,", "Intubated,", "Mahnung -").
"Plan — ...", "Obs pls", "Sunday —" stay.

In lower case, as a family's group text types it, a first name called before a request ("faith if
you can still grab him", "hey sunny, could you", "..., rose can you"): the name opens the text, a
line or a sentence, follows a comma or a greeting, and the request follows it. A first name as
common as a word ("will", "hope", "mark") or a term of endearment ("honey, can you") stays, and so
do the word readings with no request after them ("have faith", "sunny day")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.line_starts import break_finditer
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"(?:\A|\n)[ \t]*(?P<v>[A-Z][a-z]{2,14})(?:(?P<pls>[ \t]+(?:pls|plz|please)\b)|,[ \t]|[ \t]+[—–-][ \t])"
)
# (a first name as common as "Will", "Grace" or "Rose" opens ordinary sentences: "Will do, ...")
_FIRST_ZIPF: Final = 4.9
# (a word no list names but web text knows, "Chioma"; an abbreviation is short: "Obs", "Cxr")
_UNLISTED_ZIPF: Final = 3.0
_UNLISTED_LEN: Final = 5


def vocative_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in break_finditer(_RX, text):  # (tried only at the text's start and its line breaks)
        word = m.group("v").lower()
        if word in cues.KIN or word in cues.TITLES or word in cues.DAY_WORDS or word in cues.MONTHS:
            continue
        e = lex(word)
        if e.clinical:
            continue
        unlisted = not e.english and e.zipf < _UNLISTED_ZIPF and len(word) >= _UNLISTED_LEN
        if word in cues.KIN_WORLD:
            continue  # "Mama, ...", "Esposa, D. ...": a relative called so, no name
        if (e.flags & F.FIRST and e.zipf < _FIRST_ZIPF) or (unlisted and m.group("pls")):
            out.append(Entity.of(PhiType.NAME, m, "v"))
    return out


# a request right after the called name, found first (a few per message), the name read back before it
_REQUEST: Final = re.compile(
    r"(?:,[ \t]*|[ \t]+)(?:if[ \t]+you[ \t]+(?:can|could)|(?:can|could|would|will)[ \t]+you|pls|plz|please)\b"
)
# the name in lower case, opening the text, a line or a sentence, or after a comma or a greeting
_CALLED_BEFORE: Final = re.compile(
    r"(?:\A|[\n,.!?][ \t]*|\b(?:hi|hey|hello|hiya|morning|evening|ok|okay)[ \t,]+)(?P<v>[a-z]{3,14})\Z"
)
# what a family calls anyone, not a name
_ENDEARMENTS: Final = frozenset({
    "honey", "hon", "hun", "angel", "buddy", "mate", "babe", "baby", "darling", "dear", "sweetie", "sugar",
    "love", "lovey", "bro", "sis", "pal", "champ", "boss", "chief", "sir", "madam", "girl", "man", "pet",
    "petal", "duck", "doll", "sunshine", "guy",
})  # fmt: skip
# what a family calls anyone, or a word a request follows without naming anyone
_NOT_CALLED: Final = _ENDEARMENTS | cues.KIN | cues.KIN_WORLD | cues.TITLES | cues.DAY_WORDS | frozenset(cues.MONTHS)
_LOWER_FIRST_ZIPF: Final = 4.9  # (as for capitalised names: "will", "hope", "mark" are words first)


def lower_vocative_spans(text: str, lex: Lexicon) -> list[Entity]:
    """A lower-case first name called before a request ("faith if you can grab her")."""
    low = lowered(text)
    if "you" not in low and "pl" not in low:
        return []
    out: list[Entity] = []
    for r in _REQUEST.finditer(text):
        b = _CALLED_BEFORE.search(text, max(0, r.start() - 24), r.start())
        if b is None:
            continue
        word = b.group("v")
        if word in _NOT_CALLED:
            continue
        e = lex(word)
        if e.flags & F.FIRST and not e.clinical and e.zipf < _LOWER_FIRST_ZIPF:
            out.append(Entity(PhiType.NAME, b.start("v"), b.end("v"), word))
    return out
