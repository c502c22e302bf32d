"""Table tests for the FAX recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("Fax: (617) 555-0199", ["(617) 555-0199"]),
    ("FAX # 617-555-0199", ["617-555-0199"]),
    ("fax number 617.555.0199", ["617.555.0199"]),
    ("617-555-0199 (fax)", ["617-555-0199"]),
    ("Phone 617-555-0142", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fax(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.FAX) == expected
