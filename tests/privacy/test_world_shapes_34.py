"""Shapes found missing by blind PHI set 34 (numbers, dates and addresses; new examples written for
these tests, not the set's own texts), and the near misses that must stay."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import covered, masked


@pytest.mark.parametrize(("text", "value"), [
    # dates: a US date typed with spaces around its slashes, a night told by both its days, a date
    # of birth read out as two ordinals and a year in words, a dotted day.month after a hospital
    # stay's start or end and a place (German, English, Polish)
    ("DOB: 04 / 27 / 1990   Sex: M", "04 / 27 / 1990"),
    ("she fell during the night of the 9th/10th of June", "9th/10th of June"),
    ("Caller: Ana Ruiz, third of the eleventh, fifty-two, yes", "third of the eleventh, fifty-two"),
    ("born on the ninth of the fourth nineteen eighty one", "ninth of the fourth nineteen eighty one"),
    ("Nach der Entlassung aus dem Klinikum Fulda 21.06 weiter Atemnot.", "21.06"),
    ("discharged from the ward in Leeds 14.02 and still swollen", "14.02"),
    ("po wypisie 03.11 kontrola u lekarza", "03.11"),
])  # fmt: skip
def test_a_shape_from_set_34(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), detect(text, "strict")


@pytest.mark.parametrize(("text", "keep"), [
    ("GCS 15 (E4V5M6) on arrival", "E4V5M6"),
    ("power 5/5 in all limbs", "5/5"),
    ("this is the second of the three doses", "second of the three"),
    ("the first of the second cycle was given", "first of the second"),
    ("after discharge Hb 10.12 and K 4.15", "10.12"),
    ("after discharge Glucose 11.02 recheck", "11.02"),
    ("discharge weight 72.50 kg", "72.50"),
    ("2/3 of the dose at 14:00", "14:00"),
])  # fmt: skip
def test_a_near_miss_from_set_34(text: str, keep: str) -> None:
    spans = [(e.start, e.end) for e in detect(text, "strict")]
    s = text.index(keep)
    assert not any(a < s + len(keep) and s < b for a, b in spans), detect(text, "strict")
