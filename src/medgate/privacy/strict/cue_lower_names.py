"""Lower-case first names that only their cue marks in terse nursing notes: a nickname in quotes after
a kin word ('great-grandson "bubba"', 'grandson "buster"'), and a first name opening a bracket before a
pager or a phone after a role ("ep fellow (priyanka, pager 4-1187)"); after a doctor's name that
bracket holds a role ("dr nwachukwu (hospitalist, ext 3390)"), kept. A common English word keeps (a quoted remark: 'son
"fine"'; a role: "(resident, pager 2231)"), and so does a role's letters ("(rt, pager 5512)")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.bracket_names import WARD_ROLES
from medgate.privacy.types import Entity, PhiType

_KIN: Final = "|".join(sorted((re.escape(k) for k in cues.KIN if k.isalpha()), key=len, reverse=True))
_QUOTED: Final = re.compile(rf"\b(?:{_KIN})[ ]?[\"“](?P<v>[a-z][a-z'\-]{{1,14}})[\"”]")
_ROLE_BEFORE: Final = re.compile(r"\b([a-z]+)[ ]\Z")
_PAGED: Final = re.compile(
    r"\((?P<v>[a-z][a-z'\-]{2,14}),[ ]?(?:pager|beeper|bleep|pgr|cell|ext\.?|x)[ ]?#?[ ]?\d"
)


def _common(word: str, lex: Lexicon) -> bool:
    entry = lex(word)
    return not any(c in "aeiouy" for c in word) or (entry.english and (not entry.name or entry.zipf >= 4.0))


def cue_lower_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if '"' in text or "“" in text:
        out.extend(Entity.of(PhiType.NAME, m, "v") for m in _QUOTED.finditer(text) if not _common(m.group("v"), lex))
    if "(" in text:
        for m in _PAGED.finditer(text):
            role = _ROLE_BEFORE.search(text, max(0, m.start() - 24), m.start())
            if role and role.group(1) in WARD_ROLES and not _common(m.group("v"), lex):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
