"""General shapes behind blind PHI set 70's leaks and losses (new examples written for these tests,
not the set's own texts). Kept: a spinal cord injury's ASIA impairment grade ("C6 incomplete, ASIA
C") and a haemoglobin written "Hb" with its value after a kin word ("Wife Hb 10.2"). And the near misses
on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


# -- kept: an impairment grade after ASIA, a haemoglobin after a kin word
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("C6 incomplete tetraplegia, ASIA C, sitting balance poor", "ASIA C"),
        ("Dx: L1 complete SCI (ASIA A), CIC 6-hourly", "ASIA A"),
        ("ASIA E on discharge, walking indep", "ASIA E"),
        ("Wife Hb 10.2 last week, husband stable", "Hb 10.2"),
        ("Daughter: Hb 7.9, transfused 1 unit", "Hb 7.9"),
        ("son Hb was 11 at the GP", "Hb"),
    ],
)
def test_grades_and_readings_after_kin_words_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Dr Asia A. Okafor reviewed the wound", "Asia"),
        ("flew in from Asia A few days ago", "Asia"),
        ("daughter Hbiba visiting at 3", "Hbiba"),
    ],
)
def test_a_person_or_place_beside_them_is_still_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))
