"""The Tagalog article "yung" (ung, iyong: "the", "that") opening a sentence of a Taglish chat
("Yung CEA nya last time 14.2 po"): capitalised there, it reads as the surname Yung, and the word
after it went with it. It stays where the text is Taglish (a Tagalog particle stands in it) and no
title, and no capitalised name after it, makes it a person ("Dr. Yung", "Yung Mei Ling")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.icu_devices import keep_span
from medgate.privacy.strict.words import Tok
from medgate.privacy.text import lowered

_ARTICLES: Final = frozenset({"yung", "ung", "iyong"})
# particles only a Tagalog sentence holds (the politeness "po", "nya" his or her, "naman", "kasi")
_TAGALOG: Final = re.compile(r"\b(?:po|nya|niya|naman|kasi|lang|yun|ba)\b")
_TITLE_DOT: Final = re.compile(r"(?i:\b(?:dr|mr|mrs|ms|mx|prof|sr|sen|atty|engr|gng|bb)\.)\Z")
_SENTENCE_END: Final = frozenset({".", "!", "?", "\n"})


def _opens_sentence(text: str, start: int) -> bool:
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k >= 0 and text[k] == "." and _TITLE_DOT.search(text, max(0, k - 6), k + 1):
        return False  # "Dr. Yung": a title's full stop, no sentence's end
    return k < 0 or text[k] in _SENTENCE_END


def mark_tagalog_articles(toks: list[Tok], text: str) -> None:
    """The article is marked as eponyms are: the word filter and the tagger leave it."""
    low = lowered(text)
    if "ung " not in low or _TAGALOG.search(low) is None:
        return
    for i, t in enumerate(toks):
        if t.low not in _ARTICLES or not _opens_sentence(text, t.start) or i + 1 >= len(toks):
            continue
        nxt = toks[i + 1]
        named = (
            nxt.entry is not None
            and nxt.text[:1].isupper()
            and nxt.text[1:].islower()
            and bool(nxt.entry.flags & (F.FIRST | F.LAST))
        )  # "Yung Mei Ling": the surname before a given name
        if not named:
            keep_span([t], t.start, t.end)
