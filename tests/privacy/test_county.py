"""Table tests for the COUNTY recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("resident of Travis County", ["Travis"]),
    ("Orleans Parish jail", ["Orleans"]),
    ("the County clinic", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_county(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.COUNTY) == expected
