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
    # voice-typed or read aloud, the MBI's groups come with spaces, the first digit apart too
    ("her medicare number is 7 HX2 RW4 DP36 if you need it", ["7 HX2 RW4 DP36"]),
    ("MBI: 3TK8 VC1 AM50", ["3TK8 VC1 AM50"]),
    # near misses: counts with a code beside them, and a code one group short
    ("took 2 CT4 tablets and 3 AB5 caps", []),
    ("room 4 EG4 TE5 bed 2", []),
    ("member of the care team", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_health_plan(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.HEALTH_PLAN) == expected
