"""A risk score written in capitals before its value, whose name is also a first name: "GRACE 141"
(acute coronary syndrome), "WELLS 6" (DVT, PE), in a mixed-case note. The capitals mark the
acronym; in a note written all in capitals, or with an age after the number ("GRACE 82 yo"), the
word stays a name."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.icu_devices import keep_span
from medgate.privacy.strict.score_labels import value_after
from medgate.privacy.strict.words import Tok

_SCORES: Final = frozenset({"GRACE", "WELLS", "HEART", "ROCKALL", "BLATCHFORD", "CHARLSON", "GENEVA"})
_AGE_AFTER: Final = re.compile(r"[ \t]*[:=]?[ \t]*\d{1,3}[ \t]*(?i:y/o|yo|yrs?|y\b|years?|m\b|f\b)")
_CAPS_TEXT: Final = 0.5  # (a token's capitals say nothing in a text mostly in capitals)


def mark_caps_scores(toks: list[Tok], text: str) -> None:
    hits = [t for t in toks if t.text in _SCORES]
    if not hits or sum(c.isupper() for c in text) > _CAPS_TEXT * sum(c.isalpha() for c in text):
        return
    for t in hits:
        if value_after(text, t.end) and _AGE_AFTER.match(text, t.end) is None:
            keep_span(toks, t.start, t.end)
