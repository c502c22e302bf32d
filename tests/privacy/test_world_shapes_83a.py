"""General shapes behind blind PHI set 83's nursing notes and forms, and set 82's notes (new
examples written for these tests, not the sets' own texts): a sitter's firm or a residential
provider after a sitter or staff member and "from", "of" joining a place into its name ("sitter
ruth from home instead", "STAFF LATRELL FROM ARC OF SPARTANBURG"); an agency as one word with a
capital inside before its worker's role ("OneLegacy liaison"); a bar after a drinking word, lower
case ("drinking at the brass anchor in oakley"); a school by its name and level where school was
said ("school work from madison middle"); a "Little" district named after a country or a city
("IN LITTLE HAVANA"); an apartment complex and its unit ("Birchwood Apts #2B"); a first name after a
staff role in an ALL-CAPS note ("RT DUANE AT BEDSIDE"); a nickname in quotes after a friend or a
naming verb (friend "big tee", goes by "Dre"); an Australian Medicare number with its IRN ("4127
90314 2 / 2"); a firm by its initials after a driving verb ("drives for DHL"); a public
facility by its tier and specialty before its town ("District Eye Hospital, Sitapur"). And the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sitter ruth from bayada arrived 0100, pt calm", "bayada"),
        ("1:1 sitter from visiting angels at bedside", "visiting angels"),
        ("ARRIVED WITH STAFF LATRELL FROM ARC OF SPARTANBURG RESIDENTIAL, 22 OAK LN.", "ARC OF SPARTANBURG RESIDENTIAL"),
        ("staff Bea from Meadowlark Supported Living stayed until 2000", "Meadowlark Supported Living"),
        ("OneLegacy liaison spoke w family at 1400", "OneLegacy"),
        ("Gift of Life: CareBridge coordinator Tom paged", "CareBridge"),
        ("states last drinking at the brass anchor in oakley sat night", "brass anchor"),
        ("drank at the copper kettle until close", "copper kettle"),
        ("teacher dropped off school packet from madison middle today", "madison middle"),
        ("school counselor at kennedy elementary called re absences", "kennedy elementary"),
        ("MOTHER STAYS WITH AUNT IN LITTLE HAVANA. AFEBRILE", "LITTLE HAVANA"),
        ("works at a bakery in Little Italy", "Little Italy"),
        ("daughter lives at Birchwood Apts #2B with her kids", "Birchwood Apts #2B"),
        ("DC HOME TO OAK HOLLOW APARTMENTS, UNIT 14", "OAK HOLLOW APARTMENTS, UNIT 14"),
        ("RT DUANE AT BEDSIDE FOR NEB", "DUANE"),
        ("CNA BROOK NOTIFIED OF FALL", "BROOK"),
        ('pt requested friend "big tee" be allowed in', "big tee"),
        ('states he goes by "Dre" on the unit', "Dre"),
        ("Medicare no. 4127 90314 2 / 2", "4127 90314 2 / 2"),
        ("medicare 3318 20457 1 IRN 4", "3318 20457 1 IRN 4"),
        ("says she drives for DHL out of the airport", "DHL"),
        ("drives for DHL out of the Grandview depot, back to work mon", "Grandview"),
        ("Consultant, District Eye Hospital, Sitapur", "District Eye Hospital"),
        ("State Mental Health Institute, Haldwani", "State Mental Health Institute"),
    ],
)
def test_agencies_venues_schools_homes_staff_nicknames_and_irns_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sitter from float pool at bedside", "float pool"),
        ("sitter requested from nsg sup, none avail", "nsg sup"),
        ("staff from pharmacy called re dose", "pharmacy"),
        ("Transplant coordinator aware", "Transplant"),
        ("drinking at the bar in town most nights", "bar"),
        ("drank at the local pub on fridays", "local pub"),
        ("goes to school, now in junior high", "junior high"),
        ("brought school work from junior high", "junior high"),
        ("feels a little better today", "little better"),
        ("LIVES IN 2ND FLOOR APT ALONE", "FLOOR APT"),
        ("WANTS TO GO BACK TO HER APT", "HER APT"),
        ("RT ARM IN SLING", "ARM"),
        ("PT AT BEDSIDE CHAIR", "AT"),
        ("PT WILL BE DC'D AM", "WILL"),
        ('pt said "no" to meds', "no"),
        ('asked for "something for pain"', "something"),
        ("pain 3 / 10 after dose", "3 / 10"),
        ("PT DRIVES FOR HOURS AT NIGHT", "HOURS"),
        ("drives for hours, back pain", "hours"),
        ("drives for ICU transfers", "ICU"),
        ("wheeled out of the ER hub to xray", "ER"),
    ],
)
def test_near_misses_are_kept(text: str, value: str) -> None:
    assert not touched(text, value), (text, detect(text, "strict"))
