"""A lower-case name that ends one sentence and opens the next as its subject: "i live next door
to bev. bev had another fall", "we look after tui. tui is 4 now". A word said twice across the full
stop, then a finite verb, is someone talked about; it is a name where it is no common English,
clinical or kin word ("mum. mum had", "warfarin. warfarin was", "bed. bed is" stay)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.closings import NOT_NAMES
from medgate.privacy.types import Entity, PhiType

# (led by the full stop, a literal the engine skips to: the word before it is read back)
_RX: Final = re.compile(
    r"\.[ ]+(?P<b>[a-z]{3,14})[ ]+"
    r"(?:had|has|is|was|fell|says|said|rang|called|texted|came|went|got|gets|lives|needs|wants|seems|looks"
    r"|keeps|kept|can|can't|cant|will|won't|wont|would|could|did|does|didn't|doesn't|isn't|wasn't|hasn't)\b"
)
_WORD_CHARS: Final = "_'’-"
_COMMON_ZIPF: Final = 4.5  # a first name rarer than this in English writing ("bev", "tui"; not "will")


def repeated_subject_spans(text: str, lex: Lexicon) -> list[Entity]:
    if ". " not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        name = m.group("b")
        start = m.start() - len(name)
        if text[start : m.start()] != name or (start > 0 and (text[start - 1].isalnum() or text[start - 1] in _WORD_CHARS)):
            continue  # (not the same word before the full stop)
        if _a_name(lex, name):
            out.append(Entity(PhiType.NAME, start, m.start(), name))
            out.append(Entity.of(PhiType.NAME, m, "b"))
    return out


def _a_name(lex: Lexicon, word: str) -> bool:
    if word in NOT_NAMES or word in cues.KIN or word in cues.KIN_WORLD or word in cues.TITLES:
        return False
    e = lex(word)
    if e.clinical or e.zipf >= _COMMON_ZIPF:
        return False
    return bool(e.flags & F.FIRST) or not e.english
