"""Table tests for the DEVICE recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("Pacemaker serial: PJN123456A", ["PJN123456A"]),
    ("S/N 99887766", ["99887766"]),
    ("UDI (01)00884521163489(17)250101(10)A123", ["(01)00884521163489(17)250101(10)A123"]),
    ("device settings reviewed", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_device(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.DEVICE) == expected
