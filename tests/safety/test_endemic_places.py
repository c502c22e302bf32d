"""A returned traveller names the city, not the country: fever after a stay in any city of 250,000 or
more in a malaria or dengue country (GeoNames, `data/endemic_cities.txt`) reads as fever after travel
to the tropics; a city of the same name elsewhere, or one whose name is an English word, does not."""

from __future__ import annotations

import re

import pytest

from medgate.safety.findings import endemic_places
from medgate.safety.findings.travel import PLACE
from tests.safety.floors import level as _level


def test_shipped_file_is_what_the_gazetteer_builds() -> None:
    assert list(endemic_places.load()) == endemic_places.build()


def test_factored_regex_matches_each_name_whole() -> None:
    names = endemic_places.load()
    rx = re.compile(rf"(?:{endemic_places.factored(names)})(?![\w'’-])")
    assert all((m := rx.match(n)) is not None and m.group() == n for n in names)
    assert rx.match("kisumuville") is None


@pytest.mark.parametrize("city", ["Kisumu", "Eldoret", "Iquitos", "Port Harcourt", "Bobo-Dioulasso"])
def test_city_in_endemic_country_is_a_tropical_place(city: str) -> None:
    assert re.fullmatch(PLACE, city, re.I)


@pytest.mark.parametrize("city", ["Santiago", "Victoria", "Armenia", "Boston", "Woodlands"])
def test_same_name_elsewhere_or_english_word_is_not(city: str) -> None:
    assert not re.fullmatch(PLACE, city, re.I)


def test_fever_after_a_city_stay_escalates() -> None:
    assert _level("Just got back from Eldoret 9 days ago, fever 39.1 with shaking chills and a bad headache") == "emergent"
    # told well in themselves: a same-day malaria test
    assert _level("Got back from Iquitos last week. fever 38.6, alert, eating and drinking, walking about fine") == "urgent"


def test_fever_after_a_city_elsewhere_does_not() -> None:
    assert _level("Got back from Santiago last week. fever 38.6, eating and drinking, walking about fine") != "emergent"
