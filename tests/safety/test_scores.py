"""NEWS2, qSOFA and NICE NG143 thresholds at their published boundaries."""

from __future__ import annotations

import pytest

from medgate.safety.findings import scores

# RCP NEWS2 chart 1: (parameter, value, points), each band's edges
BANDS = [
    ("rr", 8, 3), ("rr", 9, 1), ("rr", 11, 1), ("rr", 12, 0), ("rr", 20, 0), ("rr", 21, 2),
    ("rr", 24, 2), ("rr", 25, 3),
    ("spo2", 91, 3), ("spo2", 92, 2), ("spo2", 93, 2), ("spo2", 94, 1), ("spo2", 95, 1),
    ("spo2", 96, 0),
    ("sbp", 90, 3), ("sbp", 91, 2), ("sbp", 100, 2), ("sbp", 101, 1), ("sbp", 110, 1),
    ("sbp", 111, 0), ("sbp", 219, 0), ("sbp", 220, 3),
    ("hr", 40, 3), ("hr", 41, 1), ("hr", 50, 1), ("hr", 51, 0), ("hr", 90, 0), ("hr", 91, 1),
    ("hr", 110, 1), ("hr", 111, 2), ("hr", 130, 2), ("hr", 131, 3),
    ("temp_c", 35.0, 3), ("temp_c", 35.1, 1), ("temp_c", 36.0, 1), ("temp_c", 36.1, 0),
    ("temp_c", 38.0, 0), ("temp_c", 38.1, 1), ("temp_c", 39.0, 1), ("temp_c", 39.1, 2),
]


@pytest.mark.parametrize(("kind", "value", "points"), BANDS)
def test_news2_bands(kind: str, value: float, points: int) -> None:
    assert scores.band_points(kind, value) == points


def test_news2_aggregate_oxygen_and_consciousness() -> None:
    n = scores.news2({"rr": 24, "hr": 112}, on_oxygen=True, not_alert="new confusion")
    assert n is not None
    assert n.total == 2 + 2 + 2 + 3
    assert n.reds == 1
    assert "NEWS2 9 from 4 of 7 parameters" in n.describe()
    assert "new confusion: 3" in n.describe() and "on oxygen: 2" in n.describe()
    assert scores.news2({}, on_oxygen=False, not_alert=None) is None


# RCP NEWS2 chart 1, SpO2 scale 2 (prescribed target 88-92 %): (value, on oxygen, points)
SCALE2 = [
    (83, False, 3), (84, False, 2), (85, False, 2), (86, False, 1), (87, False, 1), (88, False, 0),
    (92, False, 0), (97, False, 0), (92, True, 0), (93, True, 1), (94, True, 1), (95, True, 2),
    (96, True, 2), (97, True, 3),
]


@pytest.mark.parametrize(("spo2", "on_oxygen", "points"), SCALE2)
def test_news2_spo2_scale2(spo2: float, on_oxygen: bool, points: int) -> None:
    n = scores.news2({"spo2": spo2}, on_oxygen=on_oxygen, not_alert=None, spo2_scale2=True)
    assert n is not None
    assert n.total == points + (scores.NEWS2_OXYGEN_POINTS if on_oxygen else 0)


def test_qsofa() -> None:
    points, met = scores.qsofa({"rr": 22, "sbp": 100}, altered=None)
    assert points == 2 and met == ("RR 22/min", "SBP 100 mmHg")
    assert scores.qsofa({"rr": 21, "sbp": 101}, altered="confused")[0] == 1


@pytest.mark.parametrize(
    ("age", "hr", "rr"),
    [(0.3, 160, None), (0.6, 160, 50), (1.0, 150, 40), (1.9, 150, 40), (2.0, 140, 40),
     (4.9, 140, 40), (5.0, None, None)],
)
def test_nice_ng143_age_limits(age: float, hr: float | None, rr: float | None) -> None:
    assert scores.child_hr_limit(age) == hr
    assert scores.child_rr_limit(age) == rr
