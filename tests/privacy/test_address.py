"""Table tests for the ADDRESS recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("lives at 12 Oak Hill Rd, Apt 4, Boise", ["12 Oak Hill Rd, Apt 4"]),
    ("55 West 3rd Street", ["55 West 3rd Street"]),
    ("882 Michele Plaza, Flagstaff, AZ", ["882 Michele Plaza"]),
    ("PO Box 4411", ["PO Box 4411"]),
    ("Address: 17 Rue Royale, Paris", ["17 Rue Royale"]),
    ("2 tabs daily at bedtime", []),
    ("10 mg Dr. Smith ordered", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_address(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.ADDRESS) == expected
