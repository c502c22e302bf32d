"""Shapes found missing by blind PHI set 35 (held back while set 34 was fixed, then recorded; new
examples written for these tests, not the set's own texts), and the near misses that must stay."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import covered, masked, touched


@pytest.mark.parametrize(("text", "value"), [
    # a town the gazetteer knows, in lower case after "in"/"at"/"from" in a chat
    ("his sister in cork sent the card", "cork"),
    ("we stay in bury on weekends", "bury"),
    # an age over 89 after a handover's name, with a dash after it
    ("Bed 5 - Mr Harold Grant 93 - chest infection, on IV abx", "93"),
    # a rank before a surname that is a word
    ("OFFICER HOPE TOOK A STATEMENT AT THE BEDSIDE", "HOPE"),
    # a Hindi day ("the 22nd"), a Portuguese weekday before its date, a pager in brackets
    ("review 9 tareekh ko, 10 baje", "9 tareekh"),
    ("Consulta: Sex, 04/07/2025 às 09h00", "Sex, 04/07/2025"),
    ("pls page dr. lim (#4419) when the gas is back", "4419"),
    # a Glasgow tenement flat before the street, the town before its postcode after a district
    ("Flat 3/2, 14 Crow Road, Jordanhill, Glasgow G11 7RT", "Flat 3/2, 14 Crow Road"),
    ("Flat 3/2, 14 Crow Road, Jordanhill, Glasgow G11 7RT", "Glasgow"),
    # everything a form's "Address:" gives, to the next field
    ("Address: H.No 4-1-12, Koti, Hyderabad - 500095 Phone: 9848000000", "H.No 4-1-12, Koti, Hyderabad - 500095"),
    # a sign-off after "love you,", with kisses after it
    ("ok will ring later, love you, tash xx", "tash"),
    # a double-barrelled surname after an unknown first name, then an age: no "score" like "Barthel 45"
    ("Bed 7 - Wirihana Bell-Parata 61 - post op day 2", "Parata"),
    # an English county by its ending; a lower-case Indian locality
    ("referral went via Lincolnshire community team", "Lincolnshire"),
    ("the clinic is in malviya nagar, near the temple", "malviya nagar"),
    # general-PII forms (found probing payment and login shapes, not from a set): the user name after
    # its label when another label comes first, a PIN
    ("Account login: username t.mbeki77, then reset", "t.mbeki77"),
    ("Card PIN 6620 was changed at the branch", "6620"),
])  # fmt: skip
def test_a_shape_from_set_35(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), detect(text, "strict")


@pytest.mark.parametrize(("text", "keep"), [
    ("follow up re L4/5 disc prolapse and C5/6 stenosis", "L4/5"),
    ("bp was 98 over 60 and her sugar was 96 this morning", "was 98"),
    ("he is in bath now, then at reading group", "bath"),
    ("pain in groin, at rest, in recovery", "in recovery"),
    ("the officer said he would call back", "officer said"),
    ("Address: as above. Email address: on file", "Email address"),
    ("New home address: 4 Elm Row, Leeds. Please update payroll today", "payroll"),
    ("hb checked at the clinic this morning was 96, stable", "was 96"),
    ("Barthel 45 on admission, Killip 2", "Barthel 45"),
    ("please refund to IBAN DE89 3704 0044 0532 0130 00 today", "IBAN"),
    ("pin site clean, 2 pins removed on day 3", "pin site"),
])  # fmt: skip
def test_a_near_miss_from_set_35(text: str, keep: str) -> None:
    assert not touched(text, keep), detect(text, "strict")
