"""Table tests for the URL recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("see https://portal.example.org/p/123.", ["https://portal.example.org/p/123"]),
    ("www.mercyhealth.org/login", ["www.mercyhealth.org/login"]),
    ("mychart.valleyhealth.org", ["mychart.valleyhealth.org"]),
    ("e.g. q.d. dosing", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_url(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.URL) == expected
