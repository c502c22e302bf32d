"""A Vietnamese sentence's first syllable, capitalised only because it opens the sentence: "Tiểu cầu
thấp nhất 38 G/L" (platelets), "Chẩn đoán: ..." (diagnosis). Vietnamese writes every syllable of a
name with a capital ("Nguyễn Thị Lan"), so a rare capitalised syllable at a sentence's start with a
lower-case Vietnamese syllable right after is a word, not a name, when nothing but its rarity made
it one. A first name stays a name ("Hùng đến khám"), and so does a name a cue found ("bác sĩ Long")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.vietnamese_titles import VIETNAMESE_LETTER
from medgate.privacy.strict.words import SAFE, Tok

_OPENS: Final = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")  # what the text holds before a sentence's start


def keep_vietnamese_openings(words: list[Tok], text: str) -> None:
    if not VIETNAMESE_LETTER.search(text):
        return
    for i, t in enumerate(words[:-1]):
        if t.why != "not a known word" or t.entry is None or t.entry.flags & F.FIRST:
            continue
        nxt = words[i + 1]
        if not (t.text[:1].isupper() and VIETNAMESE_LETTER.search(t.text) and nxt.text.islower() and VIETNAMESE_LETTER.search(nxt.text)):
            continue
        if text[t.end : nxt.start] != " " or not _OPENS.search(text, max(0, t.start - 4), t.start):
            continue
        t.hit, t.why, t.verdict = False, "", SAFE
