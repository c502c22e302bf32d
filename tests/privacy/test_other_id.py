"""Table tests for the OTHER_ID recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("Accession #: JX91-89614", ["JX91-89614"]),
    ("Rx #: 6814780", ["6814780"]),
    ("Study ID: R17059028", ["R17059028"]),
    ("Specimen ID A99120034", ["A99120034"]),
    ("order sets reviewed", []),
    # credentials: the one token after the label, whatever it looks like
    ("The username is jsmith1987 and the password is Tr0ub4dor&3.", ["jsmith1987", "Tr0ub4dor&3"]),
    ("portal login: kz_adams, thanks", ["kz_adams"]),
    ("pt unable to remember password for portal", []),
    ("auth WARN failed login user=mkhumalo from 10.0.0.1", ["mkhumalo"]),
    ("(PAN: BQKPV4821M, Aadhaar: 4829 1175 3306)", ["BQKPV4821M", "4829 1175 3306"]),
]

LABELLED = [  # a dot after the label's number word: "Hosp No.", "Prov. No."
    ("Hosp No. RA7745102", PhiType.MRN, ["RA7745102"]),
    ("(Prov. No. 2461873A)", PhiType.LICENSE, ["2461873A"]),
    ("on your card ending 0366. I'll", PhiType.ACCOUNT, ["0366"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_other_id(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.OTHER_ID) == expected


@pytest.mark.parametrize(("text", "kind", "expected"), LABELLED)
def test_labels_with_a_dotted_number_word(text: str, kind: PhiType, expected: list[str]) -> None:
    assert found(text, kind) == expected
