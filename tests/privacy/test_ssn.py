"""Table tests for the SSN recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("SSN: 123-45-6789", ["123-45-6789"]),
    ("ss# 123456789", ["123456789"]),
    ("Social Security No: 123 45 6789", ["123 45 6789"]),
    ("id 123-45-6789 on file", ["123-45-6789"]),
    ("666-12-3456", []),
    ("000-12-3456", []),
    ("912-12-3456", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ssn(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.SSN) == expected
