"""Table tests for the BIOMETRIC recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("Fingerprint ID: FP-88231", ["FP-88231"]),
    ("Palm vein ID: PV-0A1B2", ["PV-0A1B2"]),
    ("iris normal, reactive", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_biometric(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.BIOMETRIC) == expected
