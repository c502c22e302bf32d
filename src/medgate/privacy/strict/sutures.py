"""Sutures by their brand, with or without the size before them: "closed with 3-0 Monocryl",
"Vicryl 2-0 to fascia", "4/0 Ethilon interrupted". Products, no one's name; a title before one
("Mr Prolene") still makes it a name."""

from __future__ import annotations

from typing import Final

from medgate.privacy.strict.brands import mark_brands
from medgate.privacy.strict.words import Tok

_BRAND_WORDS: Final = (
    "monocryl vicryl prolene ethilon ethibond dexon maxon biosyn caprosyn polysorb stratafix monosyn "
    "novosyn safil surgipro ticron mersilene mersilk dafilon premilene monoplus pds"
)
_BRANDS: Final = frozenset(_BRAND_WORDS.split())


def mark_sutures(toks: list[Tok], text: str) -> None:
    mark_brands(toks, _BRANDS)
