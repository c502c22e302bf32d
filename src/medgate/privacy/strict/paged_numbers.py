"""A bleep or extension given after "on" behind a page verb: "bleeped FY1 dr whitlock on 2214",
"paged the night reg on 4-4471", "beeped ortho SHO on 3307". Whom was paged comes between, so
the number stands far from the verb that says it is a phone; "on" with four or five digits right
after that verb, in the same clause, is the number dialled (not a dose: "on 1000 units").
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import may_hold

_ON_NUMBER: Final = re.compile(
    r"(?i:\bon)[ \t]+(?P<v>\d{4,5}|\d-\d{4})(?![\w/:\-]|[.,]\d|[ \t]*(?i:units?|u|mg|mcg|ml|iu|x)\b)"
)
_PAGE_VERB_BEFORE: Final = re.compile(
    r"(?i:\b(?:paged|page|paging|bleeped|bleep|bleeping|beeped|beep|beeping|pinged))\b[^\n;]{0,40}\Z"
)
# what every page verb above holds, looked for in the lower-cased text (cheaper than a case-blind scan)
_CUES: Final = ("pag", "bleep", "beep", "pinged")


def paged_number_spans(text: str) -> list[Entity]:
    if not may_hold(text, lowered(text), _CUES):  # (most texts page no one)
        return []
    out: list[Entity] = []
    for m in _ON_NUMBER.finditer(text):
        if _PAGE_VERB_BEFORE.search(text, max(0, m.start() - 48), m.start()) is not None:
            out.append(Entity.of(PhiType.PHONE, m, "v"))
    return out
