"""General shapes behind blind PHI set 77's US intensive-care nursing notes (new examples written for
these tests, not the set's own texts): a lower-case firm named bare after a way of working, before "in
<town>" or a stop ("works as teller at harbor one in brockton"); a firm in capitals after a job word
("WELDER FOR J.F. WHITE;"); a place named by its owner's possessive before its kind ("collapsed @ lenny's
diner"); a veterans' post by its initials and number ("AMVETS POST 41"); a firm in brackets before its
branch town ("(UPS, Lowell branch)"). Kept: initials after a causal "to" ("due to SIADH"), a model year
before a make in capitals ("CAR WAS A 2011 CIVIC"), a rhythm's run after a time ("@ 0340 had 9 beat
run"), a feed's brand before its rate ("Jevity @ 40cc/hr"). And the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("wife works as teller at harbor one in brockton, visiting later.", "harbor one"),
        ("son works full time at ocean state job lot in fall river.", "ocean state"),
        ("pt worked at stop and shop, retired 2019.", "stop and shop"),
        ("PT WAS A WELDER FOR J.F. WHITE; ON DISABILITY SINCE.", "J.F. WHITE"),
        ("HUSBAND IS A CLERK AT DEMOULAS MARKET, WILL CALL.", "DEMOULAS"),
        ("pt found down @ lenny's diner in saugus by staff.", "lenny's"),
        ("Collapsed at Marty's Garage this am, CPR by coworker.", "Marty's"),
        ("VISITOR FROM AMVETS POST 41 BROUGHT CARD.", "AMVETS POST 41"),
        ("Husband retired package handler (UPS, Lowell branch).", "UPS"),
    ],
)
def test_employers_told_by_a_job_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she works at home with the kids, off today.", "home"),
        ("he works at the bus depot in lowell.", "bus depot"),
        ("pt works part time, at night.", "night"),
        ("SON IS A NURSE FOR THE ICU; DAUGHTER A NURSE AT BEDSIDE.", "ICU"),
        ("pt found at her mother's house, gcs 8.", "mother's"),
        ("CABG POST 3 DAYS, AMBULATING.", "POST 3"),
        ("mild ards, pt post 2 days of abx.", "post 2"),
    ],
)
def test_kinds_shifts_and_home_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Na 124, likely due to SIADH, fluid restricted.", "SIADH"),
        ("hyperkalemia thought due to CAH, endo following.", "CAH"),
        ("TRUCK WAS A 2011 CIVIC PER POLICE, TOTALED.", "2011"),
        ("overnight: @ 0340 pt had 9 beat run of vt, lytes repleted.", "9 beat run"),
        ("TF Jevity @ 40cc/hr, residuals low.", "Jevity"),
        ("NEPRO AT GOAL 55 CC/HR, TOLERATING.", "NEPRO"),
        ("Osmolite 1.2 at 60 ml/hr via NJ.", "Osmolite"),
    ],
)
def test_causes_model_years_runs_and_feeds_are_kept(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("transferred to LGH for cath, then back.", "LGH"),
        ("CAR PLATE 3KT 2011, TOWED.", "3KT 2011"),
        ("lives at 14 Beacon Run, Andover.", "14 Beacon Run"),
        ("Mr Ashby @ 50cc/hr seen by team.", "Ashby"),
    ],
)
def test_hospitals_plates_streets_and_titled_names_still_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))
