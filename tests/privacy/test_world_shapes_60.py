"""General shapes behind blind PHI set 60 (chat and inbox messages in the English of ten
countries; new examples written for these tests, not the set's own texts): a first name given with
a role or an origin, a label's "SURNAME, GIVEN" and its pharmacy's street, a hospital's initials in
brackets, a hostel's block and room and a lower-case building, a plate, an age over 89 and a day
range told in a sentence, a workplace after a physio cue; which are masked. A specialty naming a
department, a score after a place and a Fahrenheit fever stay. And the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pt in bed 3 needs a review. Surgery on call is Tess. Bloods sent.", "Tess"),
        ("covering tonight is Megan, page her for the ward", "Megan"),
        ("hi it's mark from Geelong, I need to move my appointment", "mark"),
        ('The label says: "OKORO, BELLA   Rx# 5520193   Dr. P. Lamb"', "OKORO, BELLA"),
        ("Filled 02-Feb-2025   Lakeside Pharmacy, 88 Broadway, Leeds   0113 496 0000", "88 Broadway"),
        ("they said 2.5mg at the hospital (RNSH) last week", "RNSH"),
        ("i am staying at hostel block 7 room 112 this term", "block 7 room 112"),
        ("this is mrs pearl ong of flat 9 sea view mansions hove um about my tablets", "flat 9 sea view mansions"),
        ("The DMV form asks for it: the plate on my truck is 8BCD552.", "8BCD552"),
        ("my date of birth is the 3rd of the 2nd 1931 I am 94 and my son will ring", "94"),
        ("she was admitted last june 3 to 9 for a chest infection", "june 3 to 9"),
        ("still doing physio at fit4life in parramatta twice a week", "fit4life"),
    ],
)
def test_names_places_and_details_a_message_tells_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("the on call is busy tonight, try the reg", "busy"),
        ("it's only from Monday that the clinic opens", "only"),
        ("it's me from the ward again", "me"),
        ("Plan: NOTE, URGENT review by the team today", "URGENT"),
        ("PMH: HTN, COPD, CHF on home O2", "CHF"),
        ("PMH: DM2, HTN, AMI 2019 (stent), CKD", "AMI"),
        ("Hx: CHF, COPD (GOLD 3), OA hips", "COPD"),
        ("seen in the clinic (ED) and sent home", "ED"),
        ("complete heart block 2 days ago, now paced", "block"),
        ("my plate is full this week, can we move it", "full"),
        ("I am 93 kg now, up from 88", "93"),
        ("sats are 93 on air", "93"),
        ("take 5 to 10 mg as needed", "5 to 10"),
        ("physio at home twice a week", "home"),
    ],
)
def test_near_misses_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("We have your referral to the Haematology department at the hospital.", "Haematology"),
        ("He has an appointment in the Gastroenterology clinic next month.", "Gastroenterology"),
        ("fell at work (Baxter Plumbing), GCS 14, L ankle deformity", "GCS 14"),
        ("i have had fever for 3 days 103F, body aches", "103F"),
    ],
)
def test_departments_scores_and_a_fever_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))
