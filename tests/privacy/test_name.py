"""Table tests for the NAME recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("Patient: SMITH, JOHN Q", ["SMITH, JOHN Q"]),
    ("Pt: Hope Graves", ["Hope Graves"]),
    ("seen by Dr. April Foley today", ["April Foley"]),
    ("Mr. O'Brien reports pain", ["O'Brien"]),
    ("his wife Mary at bedside", ["Mary"]),
    ("Jane Doe, MD", ["Jane Doe"]),
    ("Electronically signed by: Kevin C. Massey, MD", ["Kevin C. Massey"]),
    ("cc: Dr. Nneka Ihejirika", ["Nneka Ihejirika"]),
    ("JW/kl", ["JW/kl"]),
    ("Pt: Hope Graves. Hope reports Graves disease is stable.", ["Hope Graves", "Hope"]),
    ("Parkinson disease, Foley catheter, Apgar score 9", []),
    ("Glasgow Coma Scale 15, Babinski sign negative, Bell's palsy", []),
    ("Cardiology Fellow John Roe, MD", ["John Roe"]),
    ("Continue Eliquis 5 mg BID and Zoloft", []),
    ("Michael Johnson is a 45 yo man", ["Michael Johnson"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_name(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.NAME) == expected
