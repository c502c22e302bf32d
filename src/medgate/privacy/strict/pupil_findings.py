"""PERRL as nurses write it by its sound: "pupils pearl", "pearl 3mm brisk", "mae, pearl,
following commands". The word is a given name too, so it stays only where the pupils' finding
stands: after "pupils", before a size in millimetres, or as an item of its own between commas or
full stops ("r>l. pearl. spasms"). "Pearl was calling me", "PEARL'S # 555-0177", "Visitors:
Pearl." are still the name."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from medgate.privacy.strict.words import SAFE, Tok

_PEARL: Final = re.compile(r"(?i)\bpearl\b(?!['’])")
_PUPILS_BEFORE: Final = re.compile(r"(?i:\bpupils?)[ \t]+\Z")
_SIZE_AFTER: Final = re.compile(r"[ \t]*(?:@[ \t]*)?\d+(?:\.\d+)?[ \t]*(?:-[ \t]*\d+(?:\.\d+)?[ \t]*)?(?i:mm)\b")
_ITEM_BEFORE: Final = re.compile(r"(?:\A|[.,;][ \t]*|[.,;][ \t]*\n[ \t]*)\Z")
_ITEM_AFTER: Final = re.compile(r"[ \t]*[.,;]")


def _start(t: Tok) -> int:
    return t.start


def mark_pupil_findings(toks: list[Tok], text: str) -> None:
    """The finding's word is marked as an eponym is: the word filter and the tagger leave it."""
    if "earl" not in text and "EARL" not in text:
        return
    for m in _PEARL.finditer(text):
        s = m.start()
        finding = (
            _PUPILS_BEFORE.search(text, max(0, s - 10), s) is not None
            or _SIZE_AFTER.match(text, m.end()) is not None
            or (_ITEM_BEFORE.search(text, max(0, s - 4), s) is not None and _ITEM_AFTER.match(text, m.end()) is not None)
        )
        if not finding:
            continue
        k = bisect_left(toks, s, key=_start)
        if k < len(toks) and toks[k].start == s:
            t = toks[k]
            t.verdict, t.eponym, t.hit = SAFE, True, False
