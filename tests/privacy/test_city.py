"""Table tests for the CITY recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("Springfield, IL 62704", ["Springfield"]),
    ("moved from Austin, TX last year", ["Austin"]),
    ("lives in Duluth", ["Duluth"]),
    ("City: Kalamazoo", ["Kalamazoo"]),
    ("Jane Roe, MD", []),
    ("Specimen ID: A123", []),
    ("from Cardiology clinic", []),
    # ALL-CAPS notes: a clinical abbreviation before "NC", "PA", "CO" is no city and state...
    ("RESP NC 4L SATS 97%", []),
    ("OGT TO LCS. CO BY FICK 5.4", []),
    # ...but a known place, one after a cue, or one with a comma or ZIP still is
    ("PT LIVES IN DURHAM NC WITH WIFE", ["DURHAM"]),
    ("TRANSFERRED FROM SMALLVILLE NC", ["SMALLVILLE"]),
    ("12 MAIN ST, SMALLVILLE, NC 27501", ["SMALLVILLE"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_city(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.CITY) == expected
