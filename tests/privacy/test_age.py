"""Table tests for the AGE recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("92-year-old man", ["92"]),
    ("a 95 yo F", ["95"]),
    ("101 y/o with CHF", ["101"]),
    ("Age: 93", ["93"]),
    ("aged 90, lives alone", ["90"]),
    ("is 97 years of age", ["97"]),
    ("an 89-year-old man", []),
    ("45 yo M", []),
    ("HR 92 bpm", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_age(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.AGE) == expected
