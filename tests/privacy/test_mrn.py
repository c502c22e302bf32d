"""Table tests for the MRN recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("MRN: 00482913", ["00482913"]),
    ("mr# E4507074", ["E4507074"]),
    ("Medical Record # MI2023560", ["MI2023560"]),
    ("Med Rec No: 66-57-13-27", ["66-57-13-27"]),
    ("PATIENT ID: AB1234567", ["AB1234567"]),
    ("MRN is 7712345", ["7712345"]),
    ("moderate MR 2+", []),
    ("MRN: pending", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mrn(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.MRN) == expected
