"""Products named by their brand, bare (wound dressings, inhalers): kept, as no one's name, unless a
title stands before one ("Mr Allevyn", "Dr Anoro": a person)."""

from __future__ import annotations

from typing import Final

from medgate.privacy.strict.icu_devices import keep_span
from medgate.privacy.strict.words import Tok

_TITLES: Final = frozenset({"mr", "mrs", "ms", "dr", "miss"})


def mark_brands(toks: list[Tok], brands: frozenset[str]) -> None:
    """Keep every token whose lower-case form is one of `brands` (read from the tokens: no scan of
    the text)."""
    for i, t in enumerate(toks):
        if t.low not in brands:
            continue
        j = i - 1
        if j >= 0 and toks[j].text == ".":
            j -= 1
        if j >= 0 and toks[j].low in _TITLES:
            continue  # "Mr Allevyn": a person
        keep_span(toks, t.start, t.end)
