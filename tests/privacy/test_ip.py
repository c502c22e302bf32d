"""Table tests for the IP recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("from 192.168.1.20 today", ["192.168.1.20"]),
    ("IPv6 2001:db8::1 login", ["2001:db8::1"]),
    ("version 1.2.3.4.5", []),
    ("999.1.1.1", []),
    ("at 10:30:45", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ip(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.IP) == expected
