"""Table tests for the EMAIL recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("Email: john.smith@gmail.com", ["john.smith@gmail.com"]),
    ("write to j_doe+md@mail.example.org.", ["j_doe+md@mail.example.org"]),
    ("phạm64@outlook.com", ["phạm64@outlook.com"]),
    ("no email on file", []),
    # after a label that finds a name: the name is the address's first part, the address wins
    ("From: clinic@nhs.scot To: Mairi.Tulloch71@btinternet.com Subject: results",
     ["clinic@nhs.scot", "Mairi.Tulloch71@btinternet.com"]),
    ("Cc: Grace.Obi@outlook.com", ["Grace.Obi@outlook.com"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_email(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.EMAIL) == expected
