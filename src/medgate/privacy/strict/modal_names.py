"""A first name that is also a modal verb, after a kinship word: "his brother will is flying in",
"son will's number", "her daughter may was here". A modal is never followed by "is", "was", a past
tense, a present participle or "'s", so there the word is the relative's name; "his son will drive down", "her daughter
may come" (the modal) stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.types import Entity, PhiType

# what follows a name and never a modal: a finite verb, an auxiliary in the present or past, "'s"
_AFTER: Final = (
    r"['’]s\b|[ \t]+(?:is|was|has|had|says|said|called|rang|phoned|texted|came|arrived|visited|wants|wanted"
    r"|thinks|thought|knows|lives|lived|works|worked|brought|took|left|agrees|agreed|updated|aware|asked|asks"
    r"|states|stated|reports|reported|feels|felt|does|did)\b"
    # or a present participle ("brother will flying in"), not a verb that merely ends so ("will bring")
    r"|[ \t]+(?!(?:b|st|sw|cl|fl|str|spr|wr|sl)?ring\b|s(?:t|w)?ing\b|cling\b|fling\b|sling\b|string\b|spring\b|wring\b)[a-z]{2,}ing\b"
)
# (the name and what follows first, then the word before it: a scan led by the kinship words' long
# alternation cost more than every other pass of its size)
_RX: Final = re.compile(rf"(?i)(?<=[ \t])(?P<n>will|may)(?={_AFTER})")
_WORD_CHARS: Final = "_'’-"


def modal_name_spans(text: str) -> list[Entity]:
    if " will" not in text and " may" not in text and " WILL" not in text and " MAY" not in text \
            and " Will" not in text and " May" not in text:
        return []
    return [Entity(PhiType.NAME, m.start("n"), m.end("n"), m.group("n"))
            for m in _RX.finditer(text) if _word_before(text, m.start()).lower() in cues.KIN]


def _word_before(text: str, pos: int) -> str:
    """The word before the blanks that end at `pos`, hyphens and apostrophes kept ("daughter-in-law";
    `text.word_before` reads letters only, so it would give "law")."""
    end = pos
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _WORD_CHARS):
        start -= 1
    return text[start:end]
