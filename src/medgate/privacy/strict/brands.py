"""Products named by their brand, bare: kept, as no one's name, unless a title stands before one ("Mr
Allevyn", "Dr Anoro": a person). No shipped drug list holds them: wound dressings in nursing notes
("Aquacel Ag to cavity", "Mepilex border changed"), inhalers as sold outside the US ("two puffs of
Fostair", "dała mu Berodual"), sutures with or without their size ("closed with 3-0 Monocryl"), and
insulins ("changed to mixtard 30", "Insulatard 12 units nocte"), vaccines by their brand (routine and
travel: "Typhim Vi 0.5 mL IM", "Hep A booster (Avaxim 160U)", "Engerix-B dose 2", "YF-Vax") and the
obstetric drugs' brands ("Hemabate 250 mcg IM", "Syntocinon infusion", "Cervidil placed"). A
vaccine's qualifier joined by a hyphen ("Engerix-B", "Boostrix-IPV") and the "Vi" of a typhoid
vaccine are the brand's too."""

from __future__ import annotations

import re
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
# vaccines, routine and travel (hyphenated ones by their first word: "yf" of "YF-Vax" only with its
# "vax", below)
_VACCINES: Final = (
    "typhim vivotif typherix avaxim havrix vaqta epaxal twinrix engerix recombivax heplisav fendrix ixiaro "
    "ixchiq dukoral vaxchora stamaril rabipur verorab imovax rabavert menveo nimenrix menquadfi bexsero "
    "trumenba boostrix adacel revaxis repevax infanrix pediarix pentacel vaxelis hexyon hexaxim priorix "
    "proquad varivax varilrix zostavax gardasil cervarix shingrix prevnar prevenar vaxneuvance "
    "synflorix pneumovax fluzone fluad flucelvax flublok fluarix flulaval afluria vaxigrip influvac "
    "fluenz flumist comirnaty spikevax nuvaxovid vaxzevria qdenga dengvaxia arexvy abrysvo mresvia "
    "beyfortus synagis rotarix rotateq"
)
# obstetric drugs (uterotonics, ripening agents, tocolytics, antenatal steroids, anti-D)
_OBSTETRIC: Final = (
    "hemabate syntocinon pitocin cytotec methergine methergin syntometrine duratocin cervidil prepidil "
    "propess prostin celestone tractocile cyklokapron rhogam rhophylac winrho"
)
# bowel preparations before a colonoscopy (US, UK and European brands; "Klean-Prep" by its first part)
_BOWEL_PREPS: Final = (
    "golytely nulytely colyte trilyte gavilyte suprep sutab clenpiq prepopik osmoprep visicol moviprep "
    "plenvu klean kleanprep picolax citrafleet picoprep eziclen izinova"
)
# tissue adhesives and skin closures
_SKIN_CLOSURES: Final = "dermabond histoacryl indermil liquiband glubran exofin leukostrip steristrips steristrip prineo"
# calcium with vitamin D, and vitamin D alone, as sold in the UK, Ireland and India ("Adcal D3",
# "Calcichew-D3 Forte", "Shelcal 500 OD", "Uprise-D3 60K")
_CALCIUM_D: Final = (
    "adcal calcichew accrete theical cacit sandocal calceos evacal kalcipos natecal fultium stexerol "
    "desunin shelcal calcimax ccm uprise calcirol caltrate citracal osteocare"
)
# analgesic and gastric brands as Indian prescriptions write them ("Zerodol-SP BD", "Hifenac-P",
# "Pantocid DSR")
_INDIA: Final = (
    "zerodol hifenac aceclo signoflam voveran combiflam nimulid ultracet meftal cyclopam pantocid "
    "rantac aciloc becosules zincovit limcee dexorange orofer livogen autrin folvite ondem emeset "
    "deriphyllin asthalin montair levocet ecosprin clopilet thyronorm glycomet istamet"
)
BRANDS: Final = frozenset(
    f"{_DRESSINGS} {_INHALERS} {_SUTURES} {_INSULINS} {_VACCINES} {_OBSTETRIC} {_BOWEL_PREPS} {_SKIN_CLOSURES} "
    f"{_CALCIUM_D} {_INDIA}".split()
)
_VACCINE_WORDS: Final = frozenset(_VACCINES.split())
# brands written with a hyphen whose first part alone is no brand ("YF-Vax", "MMR-II")
_HYPHENATED: Final = frozenset({("yf", "vax"), ("mmr", "ii")})
_TYPHOID: Final = frozenset({"typhim", "typhoid", "typherix"})
_TITLES: Final = frozenset({"mr", "mrs", "ms", "dr", "miss"})
# a brand's strength or release code joined by a hyphen ("Zerodol-SP", "Adcal-D3", "Klean-Prep",
# "Calcichew-D3"): at most four letters or digits, or a word a product's name ends with
_TAIL: Final = re.compile(r"[A-Za-z0-9]{1,4}|(?i:forte|plus|prep|max|fort)")


def _joined(toks: list[Tok], i: int) -> int:
    """Where a brand at `i` ends: with a hyphen's part glued to it ("Engerix-B") or a typhoid
    vaccine's "Vi" ("Typhim Vi"), else at the token itself."""
    t = toks[i]
    if i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 1].start == t.end and toks[i + 2].start == t.end + 1:
        return toks[i + 2].end
    if t.low in _TYPHOID and i + 1 < len(toks) and toks[i + 1].text == "Vi" and toks[i + 1].start == t.end + 1:
        return toks[i + 1].end
    return t.end


def _tail(toks: list[Tok], i: int) -> int:
    """Where a (non-vaccine) brand at `i` ends: with a short code or a product word joined by a hyphen
    ("Zerodol-SP", "Adcal-D3"), else at the token itself."""
    t = toks[i]
    if (
        i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 1].start == t.end
        and toks[i + 2].start == t.end + 1 and _TAIL.fullmatch(toks[i + 2].text)
    ):  # fmt: skip
        return toks[i + 2].end
    return t.end


def mark_brands(toks: list[Tok]) -> None:
    """Keep every token whose lower-case form is a brand (read from the tokens: no scan of the text)."""
    for i, t in enumerate(toks):
        if t.low not in BRANDS:
            if i + 2 < len(toks) and toks[i + 1].text == "-" and (t.low, toks[i + 2].low) in _HYPHENATED:
                keep_span(toks, t.start, toks[i + 2].end)  # "YF-Vax"
            elif t.low == "typhoid" and _joined(toks, i) != t.end and toks[i + 1].text == "Vi":
                keep_span(toks, t.start, toks[i + 1].end)  # "Typhoid Vi": the vaccine, not a "Vi"
            continue
        j = i - 1
        if j >= 0 and toks[j].text == ".":
            j -= 1
        if j >= 0 and toks[j].low in _TITLES:
            continue  # "Mr Allevyn": a person
        keep_span(toks, t.start, _joined(toks, i) if t.low in _VACCINE_WORDS else _tail(toks, i))
