"""A message signed with a bare first name alone on its last line, after a sentence that ends with a
stop: "... back on oramorph 10mg prn.\nPip". `closings` reads a name after a dash or a closing word;
here the line break and the stop before it are the frame, so only a word the name lists know as a
first name is taken, even where it is English too ("Sam", "Bill"). Kept: a closing word, a month, a
day, a clinical or kin word alone there ("...\nThanks", "...\nMay", "...\nICU", "...\nMum"), and a
last line after no stop (a list's item, a heading's value)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.closings import NOT_NAMES
from medgate.privacy.types import Entity, PhiType

# the stop ending the sentence before, the line break, then one capitalised word to the text's end
_LAST: Final = re.compile(r"[.!][ \t]*\n[ \t]*(?P<v>[A-Z][a-z]{1,14})[ \t]*\n?\Z")


def last_line_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "\n" not in text[-24:]:
        return []
    m = _LAST.search(text, max(0, len(text) - 24))
    if m is None:
        return []
    low = m.group("v").lower()
    if low in NOT_NAMES or low in cues.SIGN_OFFS or low in cues.MONTHS or low in cues.DAY_WORDS or low in cues.KIN:
        return []
    e = lex(low)
    if not e.flags & F.FIRST or (e.clinical and not e.english):
        return []
    return [Entity.of(PhiType.NAME, m, "v")]
