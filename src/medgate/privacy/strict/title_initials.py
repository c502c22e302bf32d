"""A clinician named by a bare capital initial after a title: "d/w Dr K", "Dr T here", "Prof B +
reg". One letter is never a name on its own (the word filter skips it); after a capitalised title,
with no digit or letter joined to it ("Dr O2" is no one), it is the person."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.words import Tok
from medgate.privacy.word_start import led

# Capitalised titles only ("mr", "MR": mitral regurgitation; "MS": a sclerosis); "Sister" is a
# nursing grade.
_TITLES: Final = frozenset({"Dr", "DR", "Prof", "PROF", "Mr", "Mrs", "MRS", "Ms", "Sister", "SISTER", "Sr"})

# a title, then one capital letter standing alone (the gate: most texts have none)
_TITLE_LETTER: Final = re.compile(led(sorted(_TITLES), r"\b") + r"\.? [A-Z](?!\w)")  # (led: skips to capitals)


def title_initials(words: list[Tok], text: str) -> None:
    if _TITLE_LETTER.search(text) is None:
        return
    for i in range(1, len(words)):
        t = words[i]
        if len(t.text) != 1 or not t.text.isupper() or t.hit:
            continue
        prev = words[i - 1]
        if prev.text not in _TITLES:
            continue
        gap = text[prev.end : t.start]
        if gap not in (" ", ". "):
            continue
        after = text[t.end : t.end + 1]
        if after.isalnum() or after in ("-", "'", "’", "/"):
            continue  # (a token joined on: "Dr A-B", "Mr A/E")
        t.hit, t.why = True, "an initial after a title"
