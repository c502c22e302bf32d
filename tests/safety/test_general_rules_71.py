"""General rules for what blind triage set 71 showed (first score in test_triage_blind71_report.py), each
written here in other words than the set uses: an "overdose" of caffeine told of coffee or energy drinks in a
well adult ("ODed on monster energy"), kept an alarm with caffeine tablets or powder, chest pain, a fast or
irregular heartbeat, a fit or vomiting; a screening questionnaire's self-harm item scored nil before the item,
with no verb ("PHQ-9 of 12, zero for the self-harm question"), while any other score still fires; a febrile
adult told well in a record's short list ("alert, mobilising, eating"), the heart rate 91-130 then NICE NG51's
moderate risk (same day) and not its high risk; and a white spot on the cornea of a sore red eye (a corneal
ulcer: same-day eye casualty), with a red eye's adjectives told in a longer list ("red, sore, gritty right eye")
and the light told painful ("hurts in bright light"). Each with the near misses that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level as _level


# -- an "overdose" of caffeine from drinks in a well adult (TOXBASE caffeine: toxic from about 10 mg/kg)
@pytest.mark.parametrize("text", [
    "pretty sure I ODed on monster energy during my night shift, 3 cans, bit jittery and can't sleep, pulse 88."
    " when will it wear off?",
    "i overdosed on caffeine today lol, four espressos and a rockstar before my exam, feel buzzy and a little"
    " shaky but otherwise ok",
    "Think I've overdosed on energy drinks this week, heart rate 79 on my fitbit, just a bit restless",
])
def test_a_caffeine_overdose_of_drinks_in_a_well_adult_is_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    # a concentrated product: caffeine tablets or powder
    "I overdosed on caffeine pills, took about 15 pro plus to stay up, feel jittery",
    "my flatmate overdosed on caffeine powder, two big spoons in his shake, he is shaking",
    # the heart: chest pain, palpitations, a fast or irregular beat
    "overdosed on caffeine, 4 red bulls, now chest pain and my heart is racing",
    "i think i overdosed on energy drinks, heart rate 148 on my watch and it feels irregular",
    # a fit or vomiting, signs of toxicity
    "he overdosed on caffeine at the LAN party and then had a seizure",
    "overdosed on caffeine, can't stop vomiting and feel dizzy",
    # a child
    "my 9 year old son overdosed on energy drinks at a sleepover",
])
def test_a_caffeine_overdose_with_a_product_the_heart_or_toxicity_stays_emergent(text: str) -> None:
    _emergent(text)


# -- a questionnaire's self-harm item scored nil, the score told before the item (EPDS item 10, PHQ-9 item 9)
@pytest.mark.parametrize("text", [
    "A 27-year-old man seen by the practice nurse for low mood after redundancy, sleeping poorly, still going"
    " to the gym; PHQ-9 of 12, zero for the self-harm question, wife aware.",
    "Postnatal check at 7 weeks in Galway: tearful and worried about feeding, EPDS 11 with nil on the self-harm"
    " item, good support at home.",
])
def test_a_self_harm_item_scored_nil_is_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    # any score on the item is a yes (NICE CG192: a positive item 10 needs a same-day assessment of risk)
    "Postnatal check at 7 weeks: tearful, EPDS 17 with 2 on the self-harm item, partner works away.",
    # the act itself, not a questionnaire
    "she told the midwife she has been self-harming since the birth",
])
def test_a_self_harm_item_scored_or_an_act_told_stays_emergent(text: str) -> None:
    _emergent(text)


# -- a febrile adult told alert and drinking in a record's short list (NICE NG51 2024: HR 91-130 moderate risk)
@pytest.mark.parametrize("text", [
    "A 41-year-old woman with 3 days of fever, cough and aches. Temp 38.6, HR 108, BP 126/80, RR 18. Alert,"
    " mobilising, eating, no rash, no neck stiffness.",
    "Fever since Tuesday, T 38.9, HR 112. Alert, chatty and drinking, no vomiting.",
])
def test_fever_with_a_moderate_heart_rate_in_a_well_adult_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize("text", [
    # not drinking: no longer told well (the gap holds only how they move or talk)
    "Fever since Tuesday, T 38.9, HR 112. Alert, walking, not drinking anything since yesterday.",
    # a high-risk rate over 130 in a well adult (NICE NG51 high risk)
    "Temp 39.1, HR 136. Alert, walking, drinking.",
    # confusion with the fever
    "Temp 38.7, HR 104, alert, walking, drinking, but new confusion this afternoon",
])
def test_fever_with_a_high_risk_sign_stays_emergent(text: str) -> None:
    _emergent(text)


# -- a white spot on the cornea of a sore red eye (RCOphth / NICE CKS red eye: microbial keratitis, same day)
@pytest.mark.parametrize("text", [
    "I wear daily contacts and swim in them. My right eye has been red and really sore since this morning and"
    " there's a tiny whitish patch on the cornea when I look in the mirror.",
    "A 35-year-old with a red, sore, gritty right eye for 2 days; the optician saw a corneal ulcer.",
    "Lens wearer, eye hurts in bright light, and the nurse sees a grey spot over her cornea with a torch.",
])
def test_a_white_spot_on_the_cornea_of_a_sore_red_eye_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize("text", [
    # a white spot elsewhere on the eye, not red or sore: a pinguecula on the white of the eye
    "there's a small yellowish spot on the white of my eye near my nose, not sore, not red, been there for months",
    # a red, watery, itchy eye with hay fever and no contact lens, light or vision trouble
    "red, itchy, watery eyes every June with my hay fever, antihistamines help",
])
def test_a_spot_off_the_cornea_or_a_hay_fever_eye_is_not_urgent(text: str) -> None:
    assert _level(text) == "routine"
