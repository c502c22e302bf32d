"""A facility named head first across "of" before its town, in capitals or title case: "ROYAL
INFIRMARY OF EDINBURGH", "Western Infirmary of Glasgow", "Children's Hospital of Philadelphia".
The facility passes cut such a name at "of" and leave its first words and the town; here the word
after "of" must be a known place, so a service or a subject ("Hospital of Surgery", "Centre of
Excellence") names none."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_HEAD_WORDS: Final = sorted(
    (w for w in cues.FACILITY_HEADS | cues.SMALL_FACILITIES if w.isalpha() and len(w) > 4), key=len, reverse=True
)
_HEADS: Final = "|".join(_HEAD_WORDS)
_CAP: Final = r"[A-Z][A-Za-z'’]+"
_RX: Final = re.compile(
    rf"(?<![\w\-])(?P<v>(?:{_CAP}[ ]){{0,2}}(?i:{_HEADS})[ ](?:of|OF)[ ](?P<p>{_CAP}))\b"
)

_CUT: Final = cues.PLACE_PREPS | cues.EMPLOYER_PREPS | cues.DAY_PREPS | cues.DETERMINERS | cues.DEPARTMENTS


def head_of_place_spans(text: str, lex: Lexicon) -> list[Entity]:
    if " of " not in text and " OF " not in text:
        return []
    low = text.lower()  # (a head before "of" in any case, found by plain look-ups before the scan)
    if not any(f"{h} of " in low for h in _HEAD_WORDS):
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        place = m.group("p").lower()
        if not lex(place).place or lex(place).clinical:
            continue
        words = m.group("v").split()
        start = m.start("v")
        # a clause before the name is no part of it ("ADMITTED FROM UNIVERSITY OF ..."): the name
        # starts after its last preposition or determiner, and a department is no part of it either
        for k in range(len(words) - 4, -1, -1):  # (the words before the head, "of" and the place)
            if words[k].lower() in _CUT:
                start += sum(len(w) + 1 for w in words[: k + 1])
                words = words[k + 1 :]
                break
        if not words[0][:1].isupper():
            continue
        out.append(Entity(PhiType.LOCATION, start, m.end("v"), text[start : m.end("v")]))
    return out
