"""A pasted chat's senders written with a kinship title or an initial, at the start of a line and
without a time: "Auntie Pearl: ...", "Tío Memo: ...", "Jess K: ...". Read only where two lines or
more open with the same sender and another sender speaks too (a chat, not a form's "Mother
Tongue:"), and for the initial only where no other line opens with the same word and another
letter ("Hep A:", "Hep B:" are a list's headings, not people)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.line_starts import line_finditer
from medgate.privacy.types import Entity, PhiType

_LINE_SENDER: Final = re.compile(
    r"(?m:^)[ \t]*(?P<v>(?P<a>[^\W\d_][^\W\d_'’-]*)(?:[ \t]+(?P<b>[^\W\d_][^\W\d_'’.-]*))?)[ \t]*:[ \t]"
)
# kin words that are also no one's title before a name ("boy", "girl", "baby", "friend": "Baby Boy:")
_NOT_TITLES: Final = frozenset({"boy", "girl", "baby", "friend", "friends", "si", "parent", "parents", "proxy",
                                "guardian", "hcp", "partner", "spouse", "caregiver", "carer"})
_TITLES: Final = (cues.KIN | cues.KIN_WORLD | cues.TITLES) - _NOT_TITLES
_WORLD_TITLES: Final = cues.KIN_WORLD - cues.KIN - cues.TITLES - _NOT_TITLES
# a word the web writes this often is a heading's ("Plan B:"), unless it is a first name too
_HEADING_ZIPF: Final = 4.5


def _first_name(lex: Lexicon, low: str) -> bool:
    return bool(lex(low).flags & F.FIRST)


def titled_sender_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if text.count(":") < 3 or "\n" not in text:
        return out
    found = list(line_finditer(_LINE_SENDER, text))
    senders = Counter(m.group("v") for m in found)
    if len(senders) < 2:
        return out
    letters: dict[str, set[str]] = {}
    for v in senders:
        a, _, b = v.partition(" ")
        letters.setdefault(a, set()).add(b.rstrip("."))
    for m in found:
        a, b = m.group("a"), m.group("b")
        if b is None or senders[m.group("v")] < 2 or not b[0].isupper():
            continue
        title = a.lower()
        if title in _TITLES and not b.isupper():
            # (after an English title, no English word: "Mother Tongue:" is a form's)
            if title in _WORLD_TITLES or _first_name(lex, b.lower()) or not lex(b.lower()).english:
                out.append(Entity.of(PhiType.NAME, m, "b"))
        elif len(b.rstrip(".")) == 1 and len(letters[a]) == 1 and a[0].isupper():
            e = lex(title)
            if not e.clinical and (e.zipf < _HEADING_ZIPF or _first_name(lex, title)):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
