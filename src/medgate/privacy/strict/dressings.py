"""Wound dressings by their brand, bare, in nursing notes: "Iodoflex + 3 layer compression",
"Aquacel Ag to cavity", "Mepilex border changed", "Kaltostat packed". Products, no one's name; a
title before one ("Mr Allevyn", "Dr Biatain") still makes it a name."""

from __future__ import annotations

from typing import Final

from medgate.privacy.strict.brands import mark_brands
from medgate.privacy.strict.words import Tok

_BRAND_WORDS: Final = (
    "inadine aquacel mepilex mepitel mepore allevyn kaltostat sorbsan acticoat duoderm tegaderm opsite urgotul "
    "iodoflex iodosorb flaminal biatain jelonet bactigras atrauman intrasite cavilon prontosan actisorb "
    "sorbact cutimed polymem silvercel melolin xeroform adaptic hydrofera comfeel granuflex algisite kerlix"
)
_BRANDS: Final = frozenset(_BRAND_WORDS.split())


def mark_dressings(toks: list[Tok], text: str) -> None:
    mark_brands(toks, _BRANDS)
