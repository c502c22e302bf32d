"""A colleague called by name where a message opens, before what is asked of them: "Chioma pls,
the baby in cot 4", "Faith — pt admitted overnight", "Sue, can you see bed 9". The name opens the
text or a line and a request's "pls"/"please", a comma or a dash follows it. A comma or a dash
follows a first name here (not one as common as "Will" or "Grace": they open sentences too); a
word no list knows as English or clinical ("Chioma") only before "pls": an opening word of
another language, a typo or a heading takes a comma too ("Hallo,", "Intubated,", "Mahnung -").
"Plan — ...", "Obs pls", "Sunday —" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.line_starts import break_finditer
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
