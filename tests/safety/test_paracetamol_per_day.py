"""Paracetamol counted over a period is judged by its amount a day (safety/paracetamol_day.py):
over 4 g in 24 hours (or 75 mg/kg when the weight is told) is emergent, within it is not
(TOXBASE paracetamol / NICE CKS poisoning; MHRA 2012). A count told in one go keeps the rules' alarm."""

from __future__ import annotations

import pytest

from medgate.safety.findings.measures import MeasureExtractor
from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent

_EXTRACTOR = MeasureExtractor()


def _per_day(text: str) -> list[float]:
    return [r.value for r in _EXTRACTOR.readings(text) if r.kind == "paracetamol_mg_day"]


@pytest.mark.parametrize(("text", "mg"), [
    ("swallowed 18 paracetamol tablets across three days", 3000.0),
    ("20 x 500 mg paracetamol over a week", 20 * 500 / 7),
    ("6 doses of paracetamol over the last day", 6000.0),
    ("9 grams of paracetamol over 3 days", 3000.0),
    ("thirty panadol in 48 hours", 7500.0),
    ("10 acetaminophen 325 mg over 2 days", 1625.0),
])
def test_a_count_over_a_period_is_read_as_an_amount_a_day(text: str, mg: float) -> None:
    assert _per_day(text) == [pytest.approx(mg, abs=0.1)]


@pytest.mark.parametrize("text", [
    "took 12 tablets over 4 days for my back",  # no paracetamol named: not read at all (the guard)
    "took 24 paracetamol last night",  # no period: the rules' count
    "took 20 ibuprofen over 2 days and some paracetamol",  # another medicine counted
    "5 grams of paracetamol daily for a week",  # a rate: toxicity.py's therapeutic excess
])
def test_no_amount_a_day_without_paracetamol_and_a_period(text: str) -> None:
    assert _per_day(text) == []


# -- within the maximum: no emergency (the total over days is not one ingestion)
@pytest.mark.parametrize("text", [
    "I've taken 18 paracetamol tablets across 3 days for a sprained wrist",
    "She's swallowed 14 tablets of paracetamol within two days for a migraine",
    "took 20 x 500 mg paracetamol over a week for period pains",
    "my dad took 24 panadol over the past 6 days after his dental work",
    "I have taken 16 paracetamol in 2 days",  # exactly 4 g a day: at the maximum, not over it
    "I'm 90 kg and took 5 g of paracetamol in 24 hours for toothache",  # 56 mg/kg
    "taking 2 paracetamol four times a day for my knee",
])
def test_paracetamol_within_the_daily_maximum_is_not_emergent(text: str) -> None:
    _calm(text)


# -- over the maximum in 24 hours, or a staggered overdose: emergent
@pytest.mark.parametrize("text", [
    "I've taken 30 paracetamol tablets over the past 2 days for my back",
    "He took 20 x 500 mg paracetamol in the last 24 hours",
    "took 36 acetaminophen over 3 days because of a toothache",
    "I weigh 44 kg and took 16 paracetamol in 2 days",  # 4 g a day is 91 mg/kg at 44 kg
    "had 8 g of paracetamol over the last day for a migraine",
])
def test_paracetamol_over_the_daily_maximum_is_emergent(text: str) -> None:
    _emergent(text)


# -- a count told in one go keeps the rules' alarm
@pytest.mark.parametrize("text", [
    "she took 24 paracetamol",
    "swallowed the whole box of paracetamol",
    "took 18 paracetamol tablets at once",
    "I took 40 paracetamol last night",
    "took 30 codeine over 2 days",  # another medicine counted over days: the rules' reading stays
])
def test_a_count_in_one_go_stays_emergent(text: str) -> None:
    _emergent(text)


def test_a_count_over_the_daily_maximum_gives_the_poison_line_as_an_overdose_does() -> None:
    # the findings group carries the poison resource a rule category does (TOXBASE: poison centre advice)
    from medgate.safety import screen

    esc = screen(["I've swallowed 40 panadol across the last two days"])
    assert esc is not None and esc.level == "emergent"
    assert "medicine_toxicity" in esc.categories
    assert [r.contact for r in esc.resources] == ["911", "1-800-222-1222"]
    calm = screen(["I've taken 8 panadol across the last two days for a toothache"])
    assert calm is None or "1-800-222-1222" not in [r.contact for r in calm.resources]
