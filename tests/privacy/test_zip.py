"""Table tests for the ZIP recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("Springfield, IL 62704", ["62704"]),
    ("Boise ID 83702-1234", ["83702-1234"]),
    ("zip code: 04401", ["04401"]),
    ("WBC 12345", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_zip(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.ZIP) == expected
