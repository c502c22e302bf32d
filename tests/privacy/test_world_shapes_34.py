"""Shapes found missing by blind PHI set 34 (weighted to clinical notes, US ICU nursing notes among
them; new examples written for these tests, not the set's own texts), and the near misses that
must stay. Numbers, dates and addresses from the same set are in test_world_shapes_34_numbers.py."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import covered, masked, touched


@pytest.mark.parametrize(("text", "value"), [
    # a chat greeting in another language, an unknown word after it; a name before an honorific
    # that follows names (Hindi/Urdu), or before the Vietnamese vocative after a form of address
    ("talofa sione, the dressing came off again", "sione"),
    ("sunita didi will bring the reports tomorrow", "sunita"),
    ("mehta ji said the sugar is better now", "mehta"),
    ("chi lan oi, me bi sot roi", "lan"),
    # a label a form puts before a name or a county
    ("Known as: Bubba    Year: 6", "Bubba"),
    ("County: Lake    State: IL", "Lake"),
    ("Kilcoole, Co. Wicklow A63 XY12", "Wicklow"),
    ("ANNAHILT, CO. DOWN BT26 6NB", "DOWN"),
    # an age over 89 right after the name it belongs to
    ("Patient: Mr Tom Ruddock, 94 (ex-miner, lives alone)", "94"),
    # a ward named after a donor, with its number, where a note moves a patient (the name is also
    # an eponym: a score's number does not make it one here)
    ("plan: transfer to step-down (Pratt 4) if off pressors", "Pratt"),
    ("plan: transfer to 5 Hartmann stepdown in the am", "Hartmann"),
    # an ALL-CAPS hyphenated surname after a title, its second part a common word
    ("1U FFP GIVEN PER DR. MENSAH-BROWN. MAP 70S", "BROWN"),
    # a heading in capitals naming a school, in a mixed-case letter
    ("ST COLUMBANUS NATIONAL SCHOOL - SPORTS CONSENT FORM\nStudent: Eoin Hanafin, year 9. He has asthma and uses"
     " his blue inhaler before games; please let him carry it with him at all times.", "COLUMBANUS"),
    # a name spelt letter by letter after it, a home address's first part with no number, a clinic
    # named before its specialty in lower case
    ("surname is mcgonagall, m c g o n a g a l l, dob to follow", "m c g o n a g a l l"),
    ("Home address: Tigh na Mara, Ballyvaughan", "Tigh na Mara"),
    ("follow up at kalyani heart centre on monday", "kalyani"),
])  # fmt: skip
def test_a_shape_from_set_34(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), detect(text, "strict")


@pytest.mark.parametrize(("text", "keep"), [
    ("haan ji, thank you ji, will do", "thank you ji"),
    ("ok sir, yes sir, sorry sir", "yes sir"),
    ("thanks, hun x", "thanks,"),
    ("CAP (community acquired pneumonia) on admission", "community acquired pneumonia"),
    ("started NIV (non invasive ventilation) overnight", "non invasive ventilation"),
    ("transferred to MICU 6 overnight", "MICU 6"),
    ("Killip 2 on admission, GCS 14", "Killip 2"),
    ("Apgar 9 at 5 min after transfer considered", "Apgar 9"),
    ("insulin gtt per Portland protocol, BG 110-160", "Portland protocol"),
    ("Ottawa ankle rules negative, walked in", "Ottawa ankle rules"),
    ("SICU RN NOTE 0700-1900", "SICU"),
    ("1U PRBC GIVEN PER DR. LOWE FOR HGB 6.9", "1U PRBC GIVEN PER"),
    ("SON KWAME AT BEDSIDE UNTIL 2200", "AT BEDSIDE UNTIL"),
    ("Barthel 45 on the ward, transfer to rehab", "Barthel 45"),
    ("neuro: gcs 14 (e4v4m6), pupils equal", "e4v4m6"),
    ("Dr Ann Ruddy, Consultant Geriatrician, Memory Clinic", "Consultant Geriatrician"),
    ("Address: as above. Email address: on file", "Email address"),
    ("spell it out: a b c, easy as that", "a b c"),
])  # fmt: skip
def test_a_near_miss_from_set_34(text: str, keep: str) -> None:
    assert not touched(text, keep), detect(text, "strict")
