"""Abbreviations a text defines for itself: "gastroesophageal reflux disease (GERD)", "a brief
resolved unexplained event (BRUE)". The letters of the short form, read right to left, are found in
order in the words before the bracket, its first letter at a word's start (Schwartz and Hearst's
algorithm, PSB 2003, as biomedical text mining uses it); where they are, the short form names what
those words name, and it stays wherever the text uses it ("the risk of BRUE"). Words spelt out that
hold a name or a place ("Ahmed Khan (AK)", "Kenyatta National Hospital (KNH)") define no such thing:
`acronyms.py` masks those initials with their place."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from medgate.privacy.strict.icu_devices import keep_span
from medgate.privacy.strict.words import Tok

_DEFINED: Final = re.compile(r"\((?P<sf>[A-Z][A-Za-z0-9\-]{1,9})\)")
_WORD: Final = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def mark_defined_abbreviations(toks: list[Tok], text: str) -> None:
    if "(" not in text:
        return
    defined: set[str] = set()
    for m in _DEFINED.finditer(text):
        sf = m.group("sf")
        if sum(c.isupper() for c in sf) >= 2 and _spelt_out_before(toks, text, m.start(), sf):
            defined.add(sf)
    for t in toks:
        if t.text in defined:
            keep_span(toks, t.start, t.end)


def _spelt_out_before(toks: list[Tok], text: str, bracket: int, sf: str) -> bool:
    """The short form's letters in order in the few words before the bracket, in one sentence,
    none of those words a name or place."""
    start = max(0, text.rfind(".", 0, bracket - 1) + 1, text.rfind("\n", 0, bracket) + 1)
    words = list(_WORD.finditer(text, start, bracket))[-min(len(sf) + 5, 2 * len(sf)) :]
    if not words:
        return False
    lf = text[words[0].start() : words[-1].end()]
    first = _long_form_start(sf.lower(), lf.lower())
    if first < 0:
        return False
    used = [w for w in words if w.end() > words[0].start() + first]
    return all(_plain(toks, w.start()) for w in used)


def _long_form_start(sf: str, lf: str) -> int:
    """Where the long form starts in `lf` (Schwartz and Hearst's match), or -1."""
    s, i = len(sf) - 1, len(lf) - 1
    while s >= 0:
        c = sf[s]
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (lf[i] != c or (s == 0 and i > 0 and lf[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return -1
        i -= 1
        s -= 1
    return i + 1


def _plain(toks: list[Tok], pos: int) -> bool:
    """The word at `pos` is no name or place: written in lower case, or a dictionary or clinical word."""
    k = bisect_left(toks, pos, key=lambda t: t.start)
    if k == len(toks) or toks[k].start != pos:
        return True
    t = toks[k]
    e = t.entry
    return t.text.islower() or (e is not None and (e.english or e.clinical))
