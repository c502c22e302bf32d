"""Table tests for the LICENSE recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("Driver's License: 64584335", ["64584335"]),
    ("License No: C7465182", ["C7465182"]),
    ("DEA # AB1234563", ["AB1234563"]),
    ("prescriber AB1234563", ["AB1234563"]),
    ("NPI: 1234567893", ["1234567893"]),
    ("licensed practical nurse", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_license(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.LICENSE) == expected
