"""Table tests for the DATE recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("2024-03-09T22:41:07Z auth WARN failed login", ["2024-03-09T22:41:07Z"]),
    ("lived there from July 2019 until 30 June 2023", ["July 2019", "30 June 2023"]),
    ("Admitted 03/14/2024 for CP", ["03/14/2024"]),
    ("seen 3-14-24 in clinic", ["3-14-24"]),
    ("CT 2024-03-14T08:30", ["2024-03-14T08:30"]),  # the time with it: one timestamp
    ("on 14 Mar 2024", ["14 Mar 2024"]),
    ("DOB: 14-MAR-1950", ["14-MAR-1950"]),
    ("surgery March 14th, 2024", ["March 14th, 2024"]),
    ("since Mar. 14 worse", ["Mar. 14"]),
    ("diagnosed March 2024", ["March 2024"]),
    ("the 14th of March", ["14th of March"]),
    ("INR 2.3 on 3/14", ["3/14"]),
    ("from 3/14-3/16 inpatient", ["3/14", "3/16"]),
    ("3/14: K 4.1", ["3/14"]),
    ("14.03.2024 (EU)", ["14.03.2024"]),
    ("BP 132/84, 2/6 murmur, 5/5 strength, 20/40 vision", []),
    ("take 1/2 tab nightly; pain 7/10", []),
    ("of 1/2 tablet", []),
    ("diagnosed in 2019; smoked 1998-2005", []),
    ("Na 135, Cr 1.2, pH 7.41", []),
    ("May 3 days of symptoms", ["May 3"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_date(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.DATE) == expected
