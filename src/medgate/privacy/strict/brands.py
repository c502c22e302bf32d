"""Products named by their brand, bare: kept, as no one's name, unless a title stands before one ("Mr
Allevyn", "Dr Anoro": a person). No shipped drug list holds them: wound dressings in nursing notes
("Aquacel Ag to cavity", "Mepilex border changed"), inhalers as sold outside the US ("two puffs of
Fostair", "dała mu Berodual"), sutures with or without their size ("closed with 3-0 Monocryl"), and
insulins ("changed to mixtard 30", "Insulatard 12 units nocte")."""

from __future__ import annotations

from typing import Final

from medgate.privacy.strict.icu_devices import keep_span
from medgate.privacy.strict.words import Tok

# wound dressings
_DRESSINGS: Final = (
    "inadine aquacel mepilex mepitel mepore allevyn kaltostat sorbsan acticoat duoderm tegaderm opsite "
    "urgotul iodoflex iodosorb flaminal biatain jelonet bactigras atrauman intrasite cavilon prontosan "
    "actisorb sorbact cutimed polymem silvercel melolin xeroform adaptic hydrofera comfeel granuflex "
    "algisite kerlix"
)
# inhalers
_INHALERS: Final = (
    "berodual berotec atrovent seretide fostair relvar trelegy flutiform duoresp spiolto anoro ultibro "
    "trimbow bricanyl pulmicort flixotide clenil qvar salamol easyhaler inuvair budiair combivent "
    "foradil onbrez seebri incruse braltus serevent alvesco asmanex breo dulera arnuity striverdi eklira "
    "duaklir bevespi breztri airflusal sirdupla aerivio flixonase beclazone soprobec kelhale luforbec "
    "fobumix symbicort ventolin spiriva"
)
# sutures
_SUTURES: Final = (
    "monocryl vicryl prolene ethilon ethibond dexon maxon biosyn caprosyn polysorb stratafix monosyn "
    "novosyn safil surgipro ticron mersilene mersilk dafilon premilene monoplus pds"
)
# insulins
_INSULINS: Final = (
    "mixtard novomix humulin insulatard novorapid actrapid levemir tresiba toujeo apidra fiasp humalog "
    "lantus abasaglar semglee lyumjev admelog basaglar novolin ryzodeg xultophy suliqua wosulin insugen"
)
BRANDS: Final = frozenset(f"{_DRESSINGS} {_INHALERS} {_SUTURES} {_INSULINS}".split())
_TITLES: Final = frozenset({"mr", "mrs", "ms", "dr", "miss"})


def mark_brands(toks: list[Tok]) -> None:
    """Keep every token whose lower-case form is a brand (read from the tokens: no scan of the text)."""
    for i, t in enumerate(toks):
        if t.low not in BRANDS:
            continue
        j = i - 1
        if j >= 0 and toks[j].text == ".":
            j -= 1
        if j >= 0 and toks[j].low in _TITLES:
            continue  # "Mr Allevyn": a person
        keep_span(toks, t.start, t.end)
