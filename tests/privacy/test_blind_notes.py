"""Blind-set targets from issue 3: recall >= 0.99 overall, >= 0.98 per type, precision >= 0.95,
every must-keep clinical phrase intact.

First score, taken once before the detector was read or tuned (`python tests/privacy/blind_scoring.py`):
entity recall 0.7132 (194/272), precision 0.9856 (3 FP of 209), must-keep survival 1.0000 (184/184);
per type NAME 0.592, DATE 0.830, AGE 0.143, PHONE 0.950, MRN 0.909, HEALTH_PLAN 0.857, LICENSE 0.000,
VEHICLE 0.667, DEVICE 0.800, ADDRESS 0.600, CITY 0.545, COUNTY 0.000, BIOMETRIC 0.500, OTHER_ID 0.917,
the rest 1.000.
"""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.blind_notes import NOTES
from tests.privacy.blind_scoring import BlindScore, occurrences, report, score_blind


@pytest.fixture(scope="module")
def blind() -> BlindScore:
    return score_blind()


def test_set_is_wellformed() -> None:
    assert len(NOTES) == 30
    for note in NOTES:
        for sub, _ in note.phi:
            assert occurrences(note.text, sub), (note.kind, sub)
        for sub in note.keep:
            assert sub in note.text, (note.kind, sub)


def test_must_keep_clinical_terms_survive(blind: BlindScore) -> None:
    assert blind.keep_lost == [], report(blind)


def test_precision(blind: BlindScore) -> None:
    assert blind.precision >= 0.95, report(blind)


@pytest.mark.xfail(strict=False, reason="blind recall below issue 3 target before tuning")
def test_recall_overall(blind: BlindScore) -> None:
    assert blind.recall >= 0.99, report(blind)


@pytest.mark.xfail(strict=False, reason="blind recall below issue 3 target before tuning")
@pytest.mark.parametrize("phi_type", list(PhiType))
def test_recall_per_type(blind: BlindScore, phi_type: PhiType) -> None:
    assert blind.type_recall(phi_type) >= 0.98, report(blind)
