"""General shapes behind blind PHI set 78's US nursing notes (new examples written for these tests,
not the set's own texts): a care service or a child's place told by its label, then its name ("Home
care: Bayada", "Hospice is Crossroads", "dialysis center: Fresenius Eastgate", "daycare is Busy
Bees"); a numbered street after a two-letter compass point ("on NE 42nd Ave") and a parkway ("on
Old Shell Pkwy"); the place a care credential works, after "a" or "an" ("an LPN at Rosewood
Terrace"); a trade's firm told by its three initials in lower case ("a courier for dhl", "a driver
for ups"); a street corner after "the one on" or "corner of" ("the one on Alameda and Menaul"); a
pager after "paged @"; the last four digits of a number told alone after its kind ("Social on the
form, last four: 3390"). Kept: a litre or a gram after a number is no initial ("Net UF 3.1 L.
Post-HD", "1 G. IV"), and the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Home care: Bayada, nurse visits Tues.", "Bayada"),
        ("HOME HEALTH: GENTIVA, SOC VISIT FRI", "GENTIVA"),
        ("Hospice is Crossroads, they will call family", "Crossroads"),
        ("Outpatient dialysis center: Fresenius Eastgate, chair 4, TTS.", "Fresenius Eastgate"),
        ("Son's daycare is Busy Bees on NE 42nd Ave, dad will pick up", "Busy Bees"),
        ("Son's daycare is Busy Bees on NE 42nd Ave, dad will pick up", "NE 42nd Ave"),
        ("she lives off SW 117th St near the park", "SW 117th St"),
        ("Pt drives for a bakery on Old Shell Pkwy, wife aware", "Old Shell Pkwy"),
        ("his niece is an LPN at Rosewood Terrace and will check in", "Rosewood Terrace"),
        ("son called (he's a courier for dhl, cell 555-0142) re plan", "dhl"),
        ("husband is a driver for ups, works days", "ups"),
        ("fill it at the Walgreens - the one on Alameda and Menaul in town.", "Alameda and Menaul"),
        ("found down at the corner of Grant and Elm last night", "Grant and Elm"),
        ("Dr. Amin paged @ 5582 re: Na 129, no new orders", "5582"),
        ("Social on the form, last four: 3390 - verified with pt", "3390"),
        ("card on file declined, last 4 is 0927, pt to call bank", "0927"),
    ],
)
def test_services_streets_employers_pagers_and_last_fours_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Home health: None", "None"),
        ("Hospice: Not yet, family thinking", "Not yet"),
        ("Daycare is Closed today", "Closed"),
        ("Daycare is Monday to Friday", "Monday"),
        ("Home health: PT/OT 2x wk", "PT/OT"),
        ("HD: MWF at 0600", "MWF"),
        ("seen on 3rd day, swelling down", "3rd day"),
        ("she is a CNA at night, off today", "night"),
        ("Pt seen by the RN at Bedside Station", "Bedside"),
        ("volunteer driver for dialysis pts", "dialysis"),
        ("a driver for icu transfers", "icu"),
        ("the one on Monday and Tuesday", "Monday"),
        ("the one on Eliquis and Plavix", "Eliquis"),
        ("corner of the eye and lid", "eye"),
        ("paged @ 0215, no answer", "0215"),
        ("I&O: last 4 are 1200 mL each", "1200"),
        ("last 4 are 2019 values, trending down", "2019"),
        ("Net UF 3.1 L. Post-HD BP 110/70.", "L. Post"),
        ("Gave 1 L. Bolus done, BP up", "L. Bolus"),
        ("CEFAZOLIN 2 G. IV Q8H", "G. IV"),
    ],
)
def test_labels_days_units_and_near_misses_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


def test_an_initial_after_a_bed_number_stays_a_name() -> None:
    text = "bed 4 L. Owens asleep, obs stable"
    assert leak_free(text, "L. Owens"), detect(text, "strict")
