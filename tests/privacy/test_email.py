"""Table tests for the EMAIL recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("Email: john.smith@gmail.com", ["john.smith@gmail.com"]),
    ("write to j_doe+md@mail.example.org.", ["j_doe+md@mail.example.org"]),
    ("phạm64@outlook.com", ["phạm64@outlook.com"]),
    ("no email on file", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_email(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.EMAIL) == expected
