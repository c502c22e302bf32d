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
    # a plate right after the minibus or matatu it is on; Nepal's romanised zone and class
    ("her husband drives minibus BMM 2281 to Linden", ["BMM 2281"]),
    ("a matatu KCB 441Z hit him", ["KCB 441Z"]),
    ("number plate Ko 1 Pa 2216 on the jeep", ["Ko 1 Pa 2216"]),
    # ... or the pickup, jeep or tuk-tuk ("bring her in the pickup KDE 215M"); not a time after a pickup
    ("uncle will bring her in the pickup KDE 215M at 6", ["KDE 215M"]),
    ("came by tuk-tuk ABC-123 from the market", ["ABC-123"]),
    ("pickup AT 5PM from the pharmacy", []),
    ("PER EMS VEHICLE A 2004 FORD RANGER", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_vehicle(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.VEHICLE) == expected
