"""An ECG's ST segment written in any language ("ecg st chênh lên v1-v4", "st depressão em v5-v6",
"ekg: st hebung II, III, aVF"): "st" then words the lexicon may know only as names ("chênh" is a
surname), read as a saint's place or a name. The proof is an ECG beside it: a lead shortly after
(the words up to it are kept), or "ecg"/"ekg" just before (the word after "st" is kept)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.icu_devices import keep_span
from medgate.privacy.strict.words import Tok

_ECG_BEFORE: Final = re.compile(r"\b(?:ecg|ekg)s?\b[ \t:,]*\Z", re.IGNORECASE)
# a chest lead or a range of them ("v1-v4", "V5"), or a limb lead ("aVF", "avl"), in the clause
_LEAD_AFTER: Final = re.compile(r"[^.;,\n]{0,24}?\b(?:v[1-6](?:[ \t]*-[ \t]*v?[1-6])?|av[flr])\b", re.IGNORECASE)
_NEXT_WORD: Final = re.compile(r"[ \t]+[^\W\d_]+")


def mark_st_segments(toks: list[Tok], text: str) -> None:
    """(Read from the tokens, whose lower-case form is at hand: no scan of the text.)"""
    for t in toks:
        if t.low != "st" or text[t.end : t.end + 1] not in (" ", "\t"):
            continue
        if (m := _LEAD_AFTER.match(text, t.end)) is not None:
            keep_span(toks, t.start, m.end())
        elif _ECG_BEFORE.search(text, max(0, t.start - 8), t.start) and (n := _NEXT_WORD.match(text, t.end)):
            keep_span(toks, t.start, n.end())
