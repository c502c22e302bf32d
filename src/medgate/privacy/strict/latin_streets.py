"""Addresses in the shapes of Latin America, Portugal and the Philippines: a street named type
first, its name capitalised (a person's, a saint's, a tree's), then its house number however it is
written ("Pasaje Los Olivos 318", "Servidão João Paulo, 112", "Calle Miguel Hidalgo s/n", "Jirón
Ayacucho #45", "la calle Maple"), a housing estate before its tower, floor and flat ("Residencias
El Parque, torre C piso 4 apto 4-B"); a quarter after its word ("Barrio de Arriba", "bairro
Centro", "Colonia Roma"); a street named for a person before an English street type ("on Dolores
Huerta Blvd", "sa Rizal st"), a house number with its letter before one ("12-C Maya St."); and the
postcode: Portugal's before its town ("2790-045 Carnaxide"), one after its label ("Zip: 1800",
"CEP 88034-100") and four digits after a town that ends an address line ("..., Caracas 1020"); a
place named for a saint in short ("Sta. Rosa", "Sto. Tomas"), a school named for a person after its
word ("escuela Benito Juárez", "escola Dom Pedro") and a Philippine village or subdivision ("Mabini
Village", "Greenfields Subdivision")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import any_of

_CAP: Final = r"[A-ZÀ-ÞÑ][\w'’\-]+\.?"  # (two letters or more: "bairro Centro C" ends at its block letter)
_PARTICLE: Final = r"(?:de|del|de[ ]la|de[ ]los|de[ ]las|la|las|los|el|do|da|dos|das|e|y)"
# a capitalised name of one to four words, particles between ("Los Aromos", "Benito Juárez", "de Abajo")
_NAME: Final = rf"(?:{_PARTICLE}[ ])?{_CAP}(?:[ ](?:{_PARTICLE}[ ])?{_CAP}){{0,3}}"
_STREET_TYPES: Final = (
    r"Calle|Pasaje|Psje\.|Pje\.|Servidão|Servidao|Travessa|Rua|Avenida|Avda\.|Av\.|Alameda|Callejón|Jirón"
    r"|Carrera|Cra\.|Calzada|Privada|Cerrada|Andador|Prolongación|Estrada|Beco|Ladeira"
    # (Mexico's short forms on forms and in messages: "Priv. Los Cedros 27", "Cda. Juárez 4")
    r"|Priv\.|Cda\.|Prol\.|Calz\.|Cto\.|Circuito|Retorno"
)
# the house number after the name: "445", ", 77", "#17", "No. 12", "nº 8", "s/n" (no number)
_HOUSE: Final = r"(?:,?[ ](?:#[ ]?\d{1,5}[A-Za-z]?|[Nn](?:o\.?|º|°)[ ]?\d{1,5}[A-Za-z]?|\d{1,5}(?:-?[A-Za-z])?(?![\w/.,]\d)|[Ss]/[Nn]\b))"
_TYPE_FIRST: Final = re.compile(
    rf"(?<![\w.])(?:(?:{_STREET_TYPES})|(?:(?<=\bla[ ])|(?<=\bna[ ])|(?<=\ben[ ])|(?<=\ba[ ]))(?:calle|rua|pasaje|avenida))[ ](?=[A-ZÀ-ÞÑ]|{_PARTICLE}[ ][A-ZÀ-ÞÑ])"
    rf"{_NAME}(?:{_HOUSE})?"
)
# (case-sensitive: a type word alone, "become", "protocol", is not scanned for)
_TYPE_CUES: Final = ("Calle", "Pasaje", "Psje.", "Pje.", "Servid", "Travessa", "Rua ", "Avenida", "Avda.", "Av.",
                     "Alameda", "Callej", "Jirón", "Carrera", "Cra.", "Calzada", "Privada", "Cerrada", "Andador",
                     "Prolongaci", "Estrada", "Beco ", "Ladeira", " calle ", " rua ", " pasaje ", " avenida ",
                     "Priv.", "Cda.", "Prol.", "Calz.", "Cto.", "Circuito", "Retorno")
# a housing estate, then its tower, block, floor, flat ("Residencias Los Pinos, torre B piso 3 apto 3-C")
_ESTATE: Final = re.compile(
    rf"\b(?:Residencias|Residencial|Conjunto|Edificio|Edif\.|Urbanización|Urb\.|Condominio|Condomínio)[ ]{_NAME}"
    r"(?:,?[ ](?i:torre|bloque|bloco|edificio|piso|andar|apto|apt|ap|depto|dpto|casa|local|manzana|mz|lote)\.?[ ]?"
    r"[A-Z\d]{1,4}(?:-[A-Z\d]{1,3})?\b)*"
)
_ESTATE_CUES: Final = ("Resid", "Conjunto", "Edif", "Urb", "Condom")
# a quarter, village or barangay after its word
_AREA: Final = re.compile(
    r"\b(?i:barrio|colonia|col\.|bairro|vila|jardim|fraccionamiento|fracc\.|población|reparto|parroquia|caserío"
    rf"|aldea|cantón|barangay|brgy\.|purok|sitio)[ ](?P<v>{_NAME})"
)
_AREA_CUES: Final = (" barrio ", " colonia ", " col. ", " bairro ", " vila ", " jardim ", " fracc", " población ",
                     " reparto ", " parroquia ", " caserío ", " aldea ", " cantón ", " barangay ", " brgy", " purok ",
                     " sitio ")
_ANY_AREA_CUE: Final = any_of(_AREA_CUES)  # (one search, not one `in` per entry)
# a person's or place's name before an English street type, capitalised, the type not before
# another capitalised word ("Wall Street Journal", "St. Luke"); lower case only after a preposition
# (found from the type, the name read back over a short window: the type is rarer than a capital)
_NAMED_STREET: Final = re.compile(
    r"[ABHRS](?<=[ ][ABHRS])(?:(?<=A)ve(?:nue)?|(?<=B)(?:lvd|oulevard)|(?<=S)t(?:reet)?|(?<=R)(?:d|oad)|(?<=H)wy)"
    r"(?:\.(?![ ]?[A-Z])|(?![.\w]|[ ][A-Z]))"
)
_NAME_BEFORE: Final = re.compile(
    r"(?:\b\d{1,5}-?[A-Za-z]?[ ])?(?<![\w\-])[A-ZÀ-Þ][\w'’\-]*(?:[ ][A-ZÀ-Þ][\w'’\-]*){0,2}[ ]\Z"
)
_LOWER_NAMED_STREET: Final = re.compile(
    r"\b(?:on|at|sa|in|en|na|off|along)[ ](?P<v>[A-ZÀ-Þ][\w'’\-]*(?:[ ][A-ZÀ-Þ][\w'’\-]*){0,2}"
    r"[ ](?:st|ave|rd|blvd)\b\.?)"
)
_SAINT_PLACE: Final = re.compile(r"\bSt[ao]\.[ ][A-ZÀ-Þ][\w'’\-]+(?:[ ][A-ZÀ-Þ][\w'’\-]+)?")
_SCHOOL: Final = re.compile(rf"\b(?i:escola|escuela|colegio|colégio|liceo|liceu)[ ](?P<v>{_CAP}(?:[ ](?:{_PARTICLE}[ ])?{_CAP}){{0,3}})")
_VILLAGE: Final = re.compile(
    r"\b(?!(?:The|A|An|Our|My|This|That|Their|His|Her|Old|New)[ ])[A-ZÀ-Þ][\w'’\-]+(?:[ ][A-ZÀ-Þ][\w'’\-]+)?"
    r"[ ](?:Village|Subdivision|Subd\.|Homes)(?![ ][A-Z])"
)
# (" st" alone opens "stable", "status": the type with what ends it)
_LOWER_TYPES: Final = (" st", " ave", " rd", " blvd")
_LOWER_TYPE_CUES: Final = tuple(f"{t}{end}" for t in _LOWER_TYPES for end in (" ", ".", ",", "\n"))
_ANY_LOWER_TYPE_CUE: Final = any_of(_LOWER_TYPE_CUES)  # (one search, not one `in` per entry)
_PT_POSTCODE: Final = re.compile(r"\d(?<![\w\-.]\d)\d{3}-\d{3}(?=[ ]+[A-ZÀ-Þ][\w'’\-]+)")
_ZIP_LABEL: Final = re.compile(
    r"(?i:\b(?:zip(?:[ ]?code)?|postal[ ]code|c[oó]digo[ ]postal|cep|c\.p\.))[ \t]*[:#]?[ \t]*"
    r"(?P<v>\d{4,5}(?:-\d{3,4})?)(?![\w\-])"
)
# a town, then four digits that end the line or the address ("..., Caracas 1020\n"): a postcode,
# unless a year (19xx, 20xx)
_TOWN_ZIP: Final = re.compile(r",[ ](?P<t>[A-ZÀ-Þ][\w'’\-]+(?:[ ][A-ZÀ-Þ][\w'’\-]+)?)[ ](?P<z>\d{4})(?=[ \t]*(?:\n|$|\[))")


def latin_street_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if any(c in text for c in _TYPE_CUES):
        for m in _TYPE_FIRST.finditer(text):
            out.append(_trimmed(text, m.start(), m.end(), PhiType.ADDRESS))
    if any(c in text for c in _ESTATE_CUES):
        for m in _ESTATE.finditer(text):
            out.append(_trimmed(text, m.start(), m.end(), PhiType.ADDRESS))
    if _ANY_AREA_CUE.search(low) or low.startswith(tuple(c[1:] for c in _AREA_CUES)):
        for m in _AREA.finditer(text):  # (a capitalised word is part of the name: "Colonia Roma")
            start = m.start() if text[m.start()].isupper() else m.start("v")
            out.append(_trimmed(text, start, m.end(), PhiType.LOCATION))
    if " St" in text or " Ave" in text or " Blvd" in text or " Rd" in text or " Road" in text or " Hwy" in text:
        for m in _NAMED_STREET.finditer(text):
            if b := _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                out.append(_trimmed(text, b.start(), m.end(), PhiType.ADDRESS))
    if _ANY_LOWER_TYPE_CUE.search(text) or text.endswith(_LOWER_TYPES):
        for m in _LOWER_NAMED_STREET.finditer(text):
            out.append(_trimmed(text, m.start("v"), m.end("v"), PhiType.ADDRESS))
    if "Sta." in text or "Sto." in text:
        for m in _SAINT_PLACE.finditer(text):
            out.append(Entity.of(PhiType.LOCATION, m))
    if "escola " in low or "escuela " in low or "colegio " in low or "colégio " in low or "lice" in low:
        for m in _SCHOOL.finditer(text):
            words = m.group("v").split(" ")
            while len(words) > 1 and _school_word(lex, words[-1]):
                words.pop()  # "escola Brophy Elementary": the kind of school is no name
            out.append(_trimmed(text, m.start("v"), m.start("v") + len(" ".join(words)), PhiType.LOCATION))
    if "Village" in text or "Subd" in text or "Homes" in text:
        for m in _VILLAGE.finditer(text):
            out.append(Entity.of(PhiType.LOCATION, m))
    if "-" in text:
        for m in _PT_POSTCODE.finditer(text):
            out.append(Entity.of(PhiType.ZIP, m))
    if "zip" in low or "postal" in low or "cep " in low or "cep:" in low or "c.p." in low:
        for m in _ZIP_LABEL.finditer(text):
            out.append(Entity.of(PhiType.ZIP, m, "v"))
    if "," in text:
        for m in _TOWN_ZIP.finditer(text):
            if not m.group("z").startswith(("19", "20")) and lex(m.group("t").split()[-1].lower()).place:
                out.append(Entity.of(PhiType.ZIP, m, "z"))
    return out


def _school_word(lex: Lexicon, word: str) -> bool:
    e = lex(word.lower())
    return e.english and not e.name and not e.place


def _trimmed(text: str, start: int, end: int, kind: PhiType) -> Entity:
    """The span without a sentence's full stop after its last word ("... Los Aromos 445.")."""
    while end > start and text[end - 1] in " ,":
        end -= 1
    return Entity(kind, start, end, text[start:end])
