"""A hospital by its capital initials after "to"/"at"/"from" and before the day it happened, as
chats and notes write a stay ("took nana to KGH on tuesday", "seen at RNSH 14/2", "home from TPH
last night"): a day, a date or "on" after the initials tells a place one went, not a test or a
care unit, which stay ("to ICU on friday", "to CT on 3/4", "from ED on monday", "at PT on wed":
the units, services and common words `is_unit_initials` knows)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.initialisms import is_unit_initials
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

_DAYS: Final = "|".join(sorted(cues.DAY_WORDS - {"the"}, key=len, reverse=True))
# read from each preposition (found with str.find in the lowered text, cheaper than a scan)
_RX: Final = re.compile(
    r"(?P<v>[A-Z]{2,5})[ \t]+"
    rf"(?=(?i:on|this|last|next|{_DAYS})\b|\d{{1,2}}(?:[/.]\d|(?i:st|nd|rd|th)\b))"
)
_PREPS: Final = (" to ", " at ", " from ", "\nto ", "\nat ", "\nfrom ")


def dated_initial_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    low = " " + lowered(text)  # (a preposition opening the text is found too)
    if len(low) != len(text) + 1:
        return out
    for prep in _PREPS:
        i = low.find(prep)
        while i != -1:
            i += len(prep)
            m = _RX.match(text, i - 1)
            i = low.find(prep, i)
            if m is None:
                continue
            v = m.group("v")
            if (
                is_unit_initials(v.lower(), lex)
                or v.title() in CLINICAL_WORDS
                or v.lower() in cues.SHORTHAND
            ):
                continue
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
