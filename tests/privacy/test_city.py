"""Table tests for the CITY recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("Springfield, IL 62704", ["Springfield"]),
    ("moved from Austin, TX last year", ["Austin"]),
    ("lives in Duluth", ["Duluth"]),
    ("City: Kalamazoo", ["Kalamazoo"]),
    ("Jane Roe, MD", []),
    ("Specimen ID: A123", []),
    ("from Cardiology clinic", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_city(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.CITY) == expected
