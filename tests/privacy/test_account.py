"""Table tests for the ACCOUNT recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("Acct #: 4779375285", ["4779375285"]),
    ("FIN: 5463257679", ["5463257679"]),
    ("Encounter #: 8273886936", ["8273886936"]),
    ("claim no. 99-12345", ["99-12345"]),
    ("visit 3/14/2024", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_account(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.ACCOUNT) == expected
