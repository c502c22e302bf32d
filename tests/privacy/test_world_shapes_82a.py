"""General shapes behind blind PHI set 82's nursing notes and letters (new examples written for
these tests, not the set's own texts): a US county told before a service, masked whole with the
word "County" ("Ottawa County deputies", "Rusk County EMS"); a house on a county road named by
letters ("N4471 County Road TT"); a care home told by a bare two-word name where the patient goes
back to it or its staff gave the history ("return to Birch Hollow,", "per Aspen Glen staff"); a
facility named head first across "of" before its town ("WESTERN INFIRMARY OF GLASGOW", "Children's
Hospital of Denver"). And the near misses on each side: "County" with no county's name before it,
a letter that names no road, a ward or a service after "return to" or "per",
a head across "of" before a subject, not a town."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ottawa County deputies brought pt in after a welfare check", "Ottawa County"),
        ("Rusk County EMS reports GCS 13 on scene", "Rusk County"),
        ("per St. Croix County sheriff, no NOK found yet", "Croix County"),
        ("pt's home is N4471 County Road TT, Ladysmith WI 54848", "N4471 County Road TT"),
        ("lives alone at 902 County Hwy B, wife deceased", "902 County Hwy B"),
        ("daughter wants him to return to Birch Hollow, not home.", "Birch Hollow"),
        ("plan is d/c back to Linden Terrace (SNF bed held)", "Linden Terrace"),
        ("A&Ox3 at baseline per Aspen Glen staff, ambulates w/ walker", "Aspen Glen"),
        ("per Hawthorn Ridge nurses pt wanders at night", "Hawthorn Ridge"),
        ("WESTERN INFIRMARY OF GLASGOW - DISCHARGE SUMMARY", "WESTERN INFIRMARY OF GLASGOW"),
        ("transferred from Children's Hospital of Denver for ECMO", "Children's Hospital of Denver"),
    ],
)
def test_counties_county_roads_homes_and_head_first_facilities_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the County sheriff was called by security", "County"),
        ("each County EMS crew carries naloxone", "County"),
        ("vitamin K given, INR 3.1", "K"),
        ("hopes to return to Day Surgery.", "Day Surgery"),
        ("per Night Shift staff, slept well", "Night Shift"),
        ("per Wound Care nurses, dressing changed", "Wound Care"),
        ("return to Normal Saline.", "Normal"),
        ("Fellow, Royal College of Surgeons", "Surgeons"),
        ("a Centre of Excellence for stroke care", "Centre of Excellence"),
    ],
)
def test_clauses_services_and_subjects_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
