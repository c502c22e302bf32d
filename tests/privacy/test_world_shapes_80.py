"""General shapes behind blind PHI set 80's US ICU nursing notes (new examples written for these
tests, not the set's own texts): an employer after "works @" in capitals ("WORKS @ PRICE CHOPPER IN
NASHUA") and after a job and "@" in mixed case ("a line cook @ Blue Heron in Lowell"); a firm by its
owner's possessive after a trade's "for" ("plows for mcgillicuddy's."); a business its owner runs,
bare before its kind ("owns bombay palace restaurant in"); a farm or business in brackets after its
kind ("RAN A HORSE FARM (WILLOW BEND)"); a saint's hospital by its possessive in capitals ("LAST AT
ST. DYMPNA'S 2/97"); a hospital's lower-case initials between a history word and a month/year
("prior admit @ nwh 6/01"); a street ending in "Terr" with its flat ("22 Larkspur Terr, Apt 5"); a
lower-case nickname in quotes after a kin word ('niece "jojo"' style: 'grandson "buster"'); a
lower-case first name opening a bracket before a pager ("(priyanka, pager 4-1187)"); an alias in quotes
('ALIAS "FOXTROT, ECHO"'); a plate in brackets, state first, after "plate" ("PLATE ... (NH 4TR 918)"). Kept: a
hyphenated eponym before skull tongs, after "in" too ("in Gardner-Wells tongs", "Crutchfield tongs"), while
the town alone is still masked ("lives in Gardner"). And the near
misses on each side."""

from __future__ import annotations

import pytest

from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PT WORKS @ PRICE CHOPPER IN NASHUA, WIFE AWARE", "PRICE CHOPPER"),
        ("HUSBAND WORKS AT STOP SHOP; WILL VISIT", "STOP SHOP"),
        ("Pt works as a line cook @ Blue Heron in Lowell, lives alone", "Blue Heron"),
        ("also plows for mcgillicuddy's.", "mcgillicuddy"),
        ("son drives the delivery van for santoro's, visits pm", "santoro"),
        ("pt owns bombay palace restaurant in revere (wife runs it now)", "bombay palace"),
        ("PT OWNS TRUONG PHO RESTAURANT IN LOWELL", "TRUONG PHO"),
        ("THEY RAN A HORSE FARM (WILLOW BEND) IN GROTON.", "WILLOW BEND"),
        ("runs a small bakery (Crumbwell Corner) in Lowell", "Crumbwell Corner"),
        ("3 ADMITS THIS YR, LAST AT ST. DYMPNA'S 2/97. NEURO: A+O", "ST. DYMPNA'S"),
        ("transferred from St. Brendan's for cath", "St. Brendan's"),
        ("3 prior admits (last @ nwh 6/01), now w/ pna", "nwh"),
        ("intubated at lgh 11/2003 for asthma", "lgh"),
        ("Social: lives w/ dtr at 22 Larkspur Terr, Apt 5, Natick.", "22 Larkspur Terr"),
        ('pt cheerful. grandson "buster" visited from school.', "buster"),
        ("d/w ep fellow (priyanka, pager 4-1187) re: settings", "priyanka"),
        ("son lives in Gardner, visits wkends", "Gardner"),
        ('ADMITTED UNDER ALIAS "FOXTROT, ECHO" PER STATE POLICE.', "FOXTROT, ECHO"),
        ("HIT AND RUN; PLATE READ BY A BYSTANDER (NH 4TR 918), TO POLICE", "4TR 918"),
    ],
)
def test_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, value)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("PT WORKS @ NIGHT, HUSBAND AWARE", "NIGHT"),
        ("pt works at home, off today", "home"),
        ("waiting for dad's.", "waiting"),
        ("pt owns a small restaurant in revere", "small restaurant"),
        ("pt owns chinese restaurant in revere", "chinese"),
        ("owns his own business (plumbing)", "plumbing"),
        ("RUN A FEVER (TMAX 101.2) OVERNIGHT", "TMAX"),
        ("pain @ rest 8/10 after turn", "rest"),
        ("seen at home 3/02 by vna", "home"),
        ("sats dropped, last @ rest 6/02 was 91%", "rest"),
        ("(rt, pager 5512) at bedside", "rt"),
        ('registered under alias "unknown" until family found', "unknown"),
        ("plate and screws placed (ORIF 2 WKS AGO), stable", "ORIF"),
        ("Halo vest discussed; Gardner-Wells tongs in place, 10 lb traction", "Gardner-Wells"),
        ("Crutchfield tongs removed, pin sites clean", "Crutchfield"),
        ("C6 fx, kept in Gardner-Wells tongs until fusion 3/9", "Gardner-Wells"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert not touched(text, kept), (text, kept)
