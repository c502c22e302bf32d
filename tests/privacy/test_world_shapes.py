"""Identifier shapes from outside the US (issue 11, blind set 5's general shapes), with examples
written for this file: hospital and insurance numbers after local labels, non-US addresses and
postcodes, day-month dates without a year, sign-off initials, portal handles, ages over 89 and
facility names. Each shape has near-misses that must stay unmasked (doses, scores, lab values,
street ordinals, years alone)."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType, detect
from tests.privacy.helpers import found, touched
from tests.privacy.test_strict import covered

# (text, type, values the rules alone, in both policies, must find as that type)
LABELLED = [
    ("UHID: MH-2210934 admitted under cardiology", PhiType.MRN, ["MH-2210934"]),
    ("uhid 2023-0041177 wala hai", PhiType.MRN, ["2023-0041177"]),
    ("IP no. 24/330981, sugar 310", PhiType.MRN, ["24/330981"]),
    ("IP No: 2024/IP/11802  Ward 6", PhiType.MRN, ["2024/IP/11802"]),
    ("Mrs Tane (UR 553 9120) for review", PhiType.MRN, ["553 9120"]),
    ("hosp no. 1142/19 seen in clinic", PhiType.MRN, ["1142/19"]),
    ("Hosp. No. 2023-774105 Discharged", PhiType.MRN, ["2023-774105"]),
    ("PhilHealth PIN 19-202233344-5.", PhiType.HEALTH_PLAN, ["19-202233344-5"]),
    ("my philhealth no is 03-987654321-0 po", PhiType.HEALTH_PLAN, ["03-987654321-0"]),
    ("Meine Versichertennummer ist M551029384.", PhiType.HEALTH_PLAN, ["M551029384"]),
    ("versichert bei der TK, Vers.-Nr. B908172635.", PhiType.HEALTH_PLAN, ["B908172635"]),
    ("polisnummer bij de zorgverzekering is VG-44019283.", PhiType.HEALTH_PLAN, ["VG-44019283"]),
    # near-misses: a date after a hospital-number label is a date; "ur" in chat is "your";
    # an IP address after "IP no." is not a record number
    ("hosp no 04/22", PhiType.MRN, []),
    ("can u send ur 123 results", PhiType.MRN, []),
    ("IP no. 10.20.30.40 blocked", PhiType.MRN, []),
]


@pytest.mark.parametrize(("text", "kind", "expected"), LABELLED)
def test_local_labels(text: str, kind: PhiType, expected: list[str]) -> None:
    assert found(text, kind) == expected


ADDRESSES = [
    ("Lives at Unit 5/14 Banksia Ave, Mildura", ["Unit 5/14 Banksia Ave"]),
    ("home: Flat 7, 22 Weaver Lane, Leeds", ["Flat 7, 22 Weaver Lane"]),
    ("Address: No. 41 Ojukwu Road, Aba", ["No. 41 Ojukwu Road"]),
    ("woont Prinsengracht 301-III, Amsterdam", ["Prinsengracht 301-III"]),
    ("wohnhaft An der Linde 7b, Celle", ["An der Linde 7b"]),
    ("stays near 5th main road, jayanagar", ["5th main road", "jayanagar"]),
    ("house no. 18, Gulmohar Society, Shastri Nagar", ["house no. 18", "Gulmohar Society", "Shastri Nagar"]),
    ("Address: 9, Anand Residency, Pune", ["9, Anand Residency"]),
    ("she's in sector 22 noida now", ["sector 22"]),
    ("Blk 3 Lot 9, Brgy. Malinis", ["Blk 3 Lot 9", "Brgy. Malinis"]),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESSES)
def test_non_us_addresses(text: str, expected: list[str]) -> None:
    got = found(text, PhiType.ADDRESS)
    for value in expected:
        assert value in got, (value, got)


@pytest.mark.parametrize(
    "text",
    [
        "Am Montag 3 Tabletten nehmen",  # a weekday after "Am", not a street
        "ST segments flat in V1-V3",
        "he lives in a block of flats",
        "took 2 tabs no. 5 times",
    ],
)
def test_address_near_misses(text: str) -> None:
    assert found(text, PhiType.ADDRESS) == []


POSTCODES = [
    ("Dorpsstraat 4, 6712 KL Ede", ["6712 KL"]),
    ("Toowoomba QLD 4350", ["4350"]),
    ("12 Finch St, Dubbo NSW 2830.", ["2830"]),
    ("given 1000 IU Vitamin D", []),  # units: I, O, U never appear in Dutch postcodes
    ("1200 MG Tylenol", []),
    ("in 2019 AB Smith said", []),  # no comma or line start before a year
]


@pytest.mark.parametrize(("text", "expected"), POSTCODES)
def test_postcodes(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.ZIP) == expected


AGES = [
    ("my opa Karl Brandt (93!) fell today", ["93"]),
    ("si lolo, 94 na siya ngayon", ["94"]),
    ("BP 94 na", []),
]


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_old_ages(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.AGE) == expected


HANDLES = [
    ("I registered as mango_tree77 but cannot log in", ["mango_tree77"]),
    ("logged in as kwame1990 yesterday", ["kwame1990"]),
    ("(lulu_b on your portal) asked again", ["lulu_b"]),
    ("(tobi2004 on the app)", ["tobi2004"]),
    ("message from user ann_o_1 this morning", ["ann_o_1"]),
    # not handles: a setting's name, vitamins, a virus, an email's local part
    ("set max_tokens to 512", []),
    ("as well as B12 and D3", []),
    ("registered as covid19 positive", []),
    ("write to rita_k9@example.org", []),
]


@pytest.mark.parametrize(("text", "expected"), HANDLES)
def test_handles(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.OTHER_ID) == expected


# Strict policy: (text, what must be masked, what must survive)
STRICT = [
    ("Sie ist seit 02.04. stationär", ["02.04"], []),
    ("Kontrolle am 9.11. beim Hausarzt", ["9.11"], []),
    ("Termin 17.06. bestätigt", ["17.06"], []),
    ("can we do wed 18th instead?", ["18th"], []),
    ("kan het op vr 3rd? dank", ["3rd"], []),
    ("ok see you on the 21st then", ["21st"], []),
    ("booked in for 14th, is that ok", ["14th"], []),  # "for" a day is a date ("rebooked for 21st")
    ("second opinion for 1st time mums, 2nd dose due", [], ["1st", "2nd"]),
    ("back on 1st line abx, 2nd dose due", [], ["1st", "2nd"]),
    ("flat 12, 3rd cross road, hsr layout", ["3rd cross"], []),
    ("all good, see you soon. cheers, RB", ["RB"], []),
    ("msg taken by: kp  re: repeat script", ["kp"], []),
    ("Thanks, OK", [], []),
    ("Ridgeview Surgery, tel 01632 960123", ["Ridgeview"], []),
    ("collect from Lantern Hill Pharmacy after 5", ["Lantern Hill"], []),
    ("he's at rainbow tots nursery on weekdays", ["rainbow tots"], []),
    ("she turned 101 in May", ["101"], []),
    ("after cardiac surgery, at the nursery and General Surgery", [], ["cardiac", "General"]),
    ("HANDOVER - KOOKABURRA WARD BED 3", ["KOOKABURRA"], []),
    ("TRANSFER TO RENAL WARD THEN CORONARY CARE UNIT", [], ["RENAL", "CORONARY"]),
    ("Huisartsenpraktijk Het Anker, Gouda", ["Het Anker"], []),
    ("my work (Brightwater Logistics) wants a fit note", ["Brightwater Logistics"], []),
    # doses, scores, lab values and years stay
    ("oxycodone 5/325 q6h, BP 140/90, power 4/5", [], ["5/325", "140/90", "4/5"]),
    ("pH 7.40. K 4.10. Hb 10.12. INR 1.12.", [], ["7.40", "4.10", "10.12", "1.12"]),
    ("creat 2.8 from 1.1 yesterday", [], ["2.8", "1.1"]),
    ("diagnosed in 2019, stable since", [], ["2019"]),
]


@pytest.mark.parametrize(("text", "masked", "kept"), STRICT)
def test_strict_world_shapes(text: str, masked: list[str], kept: list[str]) -> None:
    for sub in masked:
        assert covered(text, sub), (sub, detect(text, "strict"))
    for sub in kept:
        assert not touched(text, sub), (sub, detect(text, "strict"))
