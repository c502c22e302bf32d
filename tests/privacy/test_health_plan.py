"""Table tests for the HEALTH_PLAN recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("Member ID: XJH449201", ["XJH449201"]),
    ("Medicaid ID: W308617213", ["W308617213"]),
    ("policy #: EBO389201589", ["EBO389201589"]),
    ("MBI 1EG4-TE5-MK73", ["1EG4-TE5-MK73"]),
    ("member of the care team", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_health_plan(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.HEALTH_PLAN) == expected
