"""An estate, phase or sector's number after a place's name: "Githurai 45", "Umoja 2", "Kayole 1". A
number of up to three digits right after a place found is part of its name when the sentence goes on
as after a place (a preposition, a day, a stop), never before a unit, a time or a dose's frequency."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

# the number then the sentence going on as after a place ("at Githurai 45 on tuesday", "in Umoja 2 with
# her aunt", "from Kayole 1."): not a decimal, a dose's frequency or unit ("dilt 30 qid", "VANCO 1 GM")
_GOES_ON: Final = r"(?i:on|in|with|since|near|from|at|for|last|this|yesterday|today|and)\b"
_NUMBER_AFTER: Final = re.compile(rf"[ ](?P<n>\d{{1,3}})(?![.,]\d)(?=[ \t]*(?:$|[.,;!?\n]|{_GOES_ON}))", re.MULTILINE)
# ... and after a word in capitals only before such a word: a stop after "ON LEVO 10," is a dose's, told
# of a drug or a pacing mode the caps note's reading took for a place
_NUMBER_AFTER_CAPS: Final = re.compile(rf"[ ](?P<n>\d{{1,3}})(?=[ \t]*{_GOES_ON})")
_PLACES: Final = frozenset({PhiType.LOCATION, PhiType.CITY})


def place_numbers(text: str, found: list[Entity]) -> list[Entity]:
    out: list[Entity] = []
    for e in found:
        after = _NUMBER_AFTER_CAPS if e.text.isupper() else _NUMBER_AFTER
        if e.type in _PLACES and (m := after.match(text, e.end)):
            t = m.end("n")
            out.append(Entity(e.type, e.start, t, text[e.start : t]))
    return out
