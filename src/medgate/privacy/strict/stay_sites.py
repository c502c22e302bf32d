"""Where an earlier stay was, in the shorthand of US nursing notes: a saint's hospital by its
possessive after "at"/"to"/"from" in any case ("LAST AT ST. DYMPNA'S 2/97", "to st. brendan's"), and a
hospital's lower-case initials between a history word and a month/year ("last @ mch 11/04", "prior
admit at nwh 6/2001"). A saint's feast day ("at St. Patrick's Day") and a common word, a timing or a
ratio after "@" ("pain @ rest 8/10", "@ hs") are no one's."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_SAINT: Final = re.compile(
    r"(?:\b(?i:at|to|from|in)|@)[ ](?P<v>(?i:st\.?|saint)[ ][A-Za-z]{2,}['’][sS])\b(?![ ](?i:day|eve)\b)"
)
# (every match of _SAINT ends in one, lower-cased: most notes with "st" somewhere have neither)
_POSSESSIVE: Final = ("'s", "’s")
# a history word, up to two words, then the initials and a month/year (never "/10", a pain score)
_INITIALS_DATE: Final = re.compile(
    r"\b(?:last|prior|previous(?:ly)?|admit(?:ted)?|adm|seen|treated|hospitali[sz]ed|intubated|stay(?:ed)?|"
    r"transferred|delivered|born|surgery|op)(?:[ ][a-z]+){0,2}[ ]?(?:@|at)[ ](?P<v>[a-z]{2,4})[ ]"
    r"(?:1[0-2]|0?[1-9])/(?!10\b)(?:\d{2}|(?:19|20)\d{2})\b(?![/\d])"
)


def stay_site_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if ("st" in low or "saint" in low) and any(p in low for p in _POSSESSIVE):
        out.extend(Entity.of(PhiType.LOCATION, m, "v") for m in _SAINT.finditer(text))
    if "@ " in text or " at " in text:
        for m in _INITIALS_DATE.finditer(text):
            if not lex(m.group("v")).english:  # ("seen at home 3/02")
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
