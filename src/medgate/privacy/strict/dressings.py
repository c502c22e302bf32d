"""Wound dressings by their brand, bare, in nursing notes: "Iodoflex + 3 layer compression",
"Aquacel Ag to cavity", "Mepilex border changed", "Kaltostat packed". Products, no one's name; a
title before one ("Mr Allevyn", "Dr Biatain") still makes it a name."""

from __future__ import annotations

from typing import Final

from medgate.privacy.strict.icu_devices import keep_span
from medgate.privacy.strict.words import Tok

_BRAND_WORDS: Final = (
    "inadine aquacel mepilex mepitel mepore allevyn kaltostat sorbsan acticoat duoderm tegaderm opsite urgotul "
    "iodoflex iodosorb flaminal biatain jelonet bactigras atrauman intrasite cavilon prontosan actisorb "
    "sorbact cutimed polymem silvercel melolin xeroform adaptic hydrofera comfeel granuflex algisite kerlix"
)
_BRANDS: Final = frozenset(_BRAND_WORDS.split())
_TITLES: Final = frozenset({"mr", "mrs", "ms", "dr"})


def mark_dressings(toks: list[Tok], text: str) -> None:
    """(Read from the tokens, whose lower-case form is at hand: no scan of the text.)"""
    for i, t in enumerate(toks):
        if t.low not in _BRANDS:
            continue
        j = i - 1
        if j >= 0 and toks[j].text == ".":
            j -= 1
        if j >= 0 and toks[j].low in _TITLES:
            continue  # "Mr Allevyn": a person
        keep_span(toks, t.start, t.end)
