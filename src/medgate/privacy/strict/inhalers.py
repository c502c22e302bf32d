"""Inhalers by their brand as they are sold outside the US, bare in messages: "dała mu Berodual",
"two puffs of Fostair", "Trimbow 2 puffs BD", "his Relvar ran out". Products, no one's name, and
no shipped drug list holds them; a title before one ("Mr Anoro") still makes it a name."""

from __future__ import annotations

from typing import Final

from medgate.privacy.strict.brands import mark_brands
from medgate.privacy.strict.words import Tok

_BRAND_WORDS: Final = (
    "berodual berotec atrovent seretide fostair relvar trelegy flutiform duoresp spiolto anoro ultibro trimbow "
    "bricanyl pulmicort flixotide clenil qvar salamol easyhaler inuvair budiair combivent foradil onbrez seebri "
    "incruse braltus serevent alvesco asmanex breo dulera arnuity striverdi eklira duaklir bevespi breztri "
    "airflusal sirdupla aerivio flixonase beclazone soprobec kelhale luforbec fobumix symbicort ventolin spiriva"
)
_BRANDS: Final = frozenset(_BRAND_WORDS.split())


def mark_inhalers(toks: list[Tok], text: str) -> None:
    mark_brands(toks, _BRANDS)
