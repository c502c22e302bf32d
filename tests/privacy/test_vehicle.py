"""Table tests for the VEHICLE recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("License plate: 8TKX686", ["8TKX686"]),
    ("VIN 1M8GDM9AXKP042788", ["1M8GDM9AXKP042788"]),
    ("car 1M8GDM9AXKP042789", []),
    ("plate #: ABC1234", ["ABC1234"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_vehicle(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.VEHICLE) == expected
