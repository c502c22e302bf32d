"""General shapes behind blind PHI set 64 (US, Irish, New Zealand and Canadian notes, letters, chats
from eight countries; new examples written for these tests, not the set's own texts): names after a
kinship title of another language or a Vietnamese form of address, a message's addressee and
writer, a patient in a lower-case header; a firm in lower case, a village
before its Irish county, a practice named for its place, a shop in a named centre, a Canadian dashed
house number, Vietnamese streets and clinics; a day said as an ordinal word; identity and card
numbers with letter groups, a hospital-prefixed record number, a plate in brackets after a vehicle.
Sutures and a capitalised risk score before its value stay. And the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pls remind tante nadia to bring his insulin pen tmr", "nadia"),
        ("ask mukoma tinotenda if he can drive gogo to the clinic", "tinotenda"),
        ("sekuru farai's bp was high again this morning", "farai"),
        ("babamunini tonderai called, he will come friday", "tonderai"),
        ("LIVES WITH AUNTY HUIA IN PORIRUA, WHANAU AWARE OF PLAN", "HUIA"),
        ("chào chị, bác sĩ Minh says the x-ray is clear, bố can go home", "Minh"),
        ("ông Tuấn's sugar is 14 today, should we come back? Em Hoa", "Hoa"),
        ("anh Quang ơi, mẹ has fever again, cô Lan gave her paracetamol", "Lan"),
        ("Hi Rose - Hope here, RN on 4 West. Quick question about bed 7", "Rose"),
        ("Morning Drew, it's Sky here from the dialysis unit", "Drew"),
        ("rural clinic 07:10  3/9 pt aroha tūhoe  88 y/o F  nhi on file", "aroha tūhoe"),
        ("ed triage note  patient: hēmi pāora 72yo M, fall at home", "hēmi pāora"),
    ],
)
def test_names_by_title_greeting_and_header_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the nurse (marie from caremark plus) comes tues and thurs now", "caremark plus"),
        ("he is now a driver with kestrel haulage ltd, nights mostly", "kestrel haulage ltd"),
        ("lives in a caravan outside Ballyduff, Co. Waterford, no phone", "Ballyduff"),
        ("Address: Inch, County Clare. Lives with her son", "Inch"),
        ("PCP dr. jo amato @ Willow Bend Family Med, fax on file", "Willow Bend"),
        ("Dr Patel, Suite 4, Oakdale Plaza, 18 Church St, Bellville", "Suite 4, Oakdale Plaza"),
        ("lives with daughter at 10415 - 87 Ave NW, Edmonton, main floor", "10415 - 87 Ave NW"),
        ("Con tôi khám ở Hòa Bình clinic, 15 Nguyễn Trãi, Quận 5", "15 Nguyễn Trãi"),
        ("Con tôi khám ở Tâm Đức clinic gần nhà, bác sĩ ok", "Tâm Đức"),
    ],
)
def test_places_firms_and_addresses_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I'm away from the twenty-second with work so could I come sooner", "twenty-second"),
        ("she's back before the ninth, please book her then", "ninth"),
        ("Her national ID is 08-445120 Z 63, can she collect for me", "08-445120 Z 63"),
        ("insurance card number DN4 79 0012 445 210 in his wallet", "DN4 79 0012 445 210"),
        ("Mrs R. Dookie, SFH 0041877, admitted overnight with sepsis", "SFH 0041877"),
        ("works nights driving a maxi (PBD 2290) on the eastern main road", "PBD 2290"),
    ],
)
def test_days_and_numbers_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Fascia closed with 1 PDS loop, skin with 4-0 Monocryl subcuticular.", "Monocryl"),
        ("Vicryl 2-0 to subcutaneous layer, Prolene 3/0 to skin.", "Vicryl"),
        ("Impression: NSTEMI, GRACE 152 - high risk, for angiography.", "GRACE"),
        ("PE likely, WELLS 6, CTPA requested, apixaban started.", "WELLS"),
    ],
)
def test_sutures_and_scores_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("tante said he must eat less sugar", "said"),
        ("gogo had a fall last week, she is ok", "had"),
        ("LIVES WITH AUNTY AND UNCLE, AUNTY AWARE OF PLAN", "AWARE"),
        ("abang kepada adik saya, tito nya, lola grabe", "kepada"),
        ("Write to the Clerk, County Council, by Friday", "Clerk"),
        ("referral from social services ltd pending", "social"),
        ("apart from that plus the cough she is fine", "that"),
        ("right from the first she had pain in the hip", "first"),
        ("after the second cycle her counts fell", "second"),
        ("bus (N25) to the clinic", "N25"),
        ("LDH 245, CO2 24 25 26 27", "245"),
        ("pt seen today 80 yo, stable", "seen today"),
        ("Hi team - Sam here, handover at 8", "team"),
        ("Unit 4, Riverside Park ward round at 9", "Unit 4"),
        ("dose 120 - 140 mg daily", "120"),
        ("Hi Anh, em is fine today thanks", "em"),
    ],
)
def test_near_misses_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
