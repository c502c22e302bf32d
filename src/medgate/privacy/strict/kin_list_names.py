"""A lower-case first name that is also a word, in a comma list of kin ("at bedside: wife june, son
will and his wife priya"): a kinship word in the list, the name, then a comma or "and" with another
kinship word. The list's punctuation around it says it is a name; "son will need a ride", "wife will
call", "daughter may visit" (a verb after the kin word) stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.types import Entity, PhiType

_KIN: Final = "|".join(sorted((re.escape(k) for k in cues.KIN), key=len, reverse=True))
_LISTED: Final = re.compile(
    rf"[,:;][ \t]*(?:{_KIN})[ \t]+(?P<v>[a-z][a-z'’\-]{{1,14}})"
    rf"(?=[ \t]*,[ \t]*(?:(?:his|her|their)[ \t]+)?(?:{_KIN})\b"
    rf"|[ \t]+(?:and|&)[ \t]+(?:(?:his|her|their)[ \t]+)?(?:{_KIN})\b)"
)


def kin_list_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "," not in text:
        return []
    out: list[Entity] = []
    for m in _LISTED.finditer(text):
        v = m.group("v")
        if v in cues.KIN or v in cues.DETERMINERS:
            continue
        if lex(v).flags & F.FIRST:
            out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
