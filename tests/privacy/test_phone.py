"""Table tests for the PHONE recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("Cell: (617) 555-0142", ["(617) 555-0142"]),
    ("call 617-555-0142 x23", ["617-555-0142 x23"]),
    ("ph 617.555.0142", ["617.555.0142"]),
    ("+1 617 555 0142 mobile", ["+1 617 555 0142"]),
    ("UK +44 20 7946 0958", ["+44 20 7946 0958"]),
    ("Home phone: 555-0142", ["555-0142"]),
    ("Phone #: 6175550142", ["6175550142"]),
    ("MRN 1234567890", []),
    ("BP 132/84 HR 80", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_phone(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.PHONE) == expected
