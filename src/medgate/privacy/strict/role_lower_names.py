"""A name typed in lower case after a role or a relation outside the family, in any chat: "my
supervisor wiremu ngata wants", "my manager tane said", "the teacher aroha rang". The role says a
person is named; the word after it must be no English or clinical word, so "my supervisor wants",
"the nurse practitioner", "my manager again" stay. Capitalised names after these words are read
elsewhere (`contact_names`)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.contact_names import RELATIONS
from medgate.privacy.strict.web_words import CALENDAR
from medgate.privacy.strict.words import ROLE_WORDS
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_ROLES: Final = "|".join(sorted(set(RELATIONS) | cues.JOB_WORDS, key=len, reverse=True))
_ROLE_LOWER: Final = re.compile(
    rf"\b(?:my|his|her|our|their|the)[ \t]+(?:{_ROLES})[ \t]+(?P<v>[a-z]{{3,14}})(?:[ \t]+(?P<w>[a-z]{{3,14}}))?(?![\w'’@-])"
)
_RARE_ZIPF: Final = 3.0  # (a web word this rare and no English word: a name, not jargon such as "prn")
_NOT_NAMES: Final = ROLE_WORDS | CALENDAR | cues.UNITS | cues.SIGN_OFFS | cues.FOREIGN_FUNCTION_WORDS | cues.DEPARTMENTS


def _name_like(lex: Lexicon, low: str) -> bool:
    e = lex(low)
    return not (e.english or e.clinical) and e.zipf < _RARE_ZIPF and low not in _NOT_NAMES


def role_lower_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if "my " not in low and "the " not in low and "his " not in low and "her " not in low:
        return out
    for m in _ROLE_LOWER.finditer(text):
        if not _name_like(lex, m.group("v")):
            continue
        end = "w" if m.group("w") and _name_like(lex, m.group("w")) else "v"
        out.append(Entity(PhiType.NAME, m.start("v"), m.end(end), text[m.start("v") : m.end(end)]))
    return out
