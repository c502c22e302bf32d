"""General rules for what blind triage set 18 showed (first score in test_triage_blind18_report.py),
each written here in other words than the set uses: the emergencies that must alarm, the
look-alikes that must stay calm, and the near misses of each new rule that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- a fever only asked about, or said of babies in general, is no reported fever; the measured
#    number decides (NICE NG143: fever is >= 38 C, and any fever under 3 months is a red feature)
@pytest.mark.parametrize("text", [
    "my 4 week old daughter felt a bit hot so we checked, the thermometer read 37.6°C. She is feeding well. "
    "Is this a fever? My mum says a fever in newborns is always an emergency",
    "checked my 8 week old's temperature in the ear, 37.9 C, he's smiley and drinking his bottles. is it a fever?",
])
def test_a_fever_only_asked_about_with_a_normal_reading_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # the reading itself is a fever under 3 months
    "my 4 week old daughter felt a bit hot so we checked, the thermometer read 38.2°C. She is feeding well. Is this a fever?",
    # a parent's own report of a fever still counts
    "my 5 week old has had a fever since lunchtime and is feeding a bit less",
    "my 7 week old has a temperature of 38.3, is that a fever?",
])
def test_a_fever_reading_or_a_reported_fever_in_a_young_infant_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- "want to die" as hyperbole: a laugh or a crying emoji at once, then an unrelated question
@pytest.mark.parametrize("text", [
    "honestly want to die 😂 my boss heard me singing in the toilets. anyway, unrelated, how do I get rid of a stye",
    "want to die lol, tripped up the stairs in front of my whole class. anyways what helps a stubbed toe",
])
def test_hyperbole_want_to_die_with_a_change_of_subject_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    "I want to die",
    "i want to die 😭 nobody would even notice if I was gone",
    "i want to die 😭 i feel so alone and hopeless. anyway what helps sleep",
    "i literally want to die, i can't keep doing this",
])
def test_a_plain_wish_to_die_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a form's question and a single remote seizure with none since (NICE NG217: a first fit now is
#    an emergency; one at 2 years, nothing since, is history)
@pytest.mark.parametrize("text", [
    "The camp registration asks 'has your child ever had a convulsion'. My daughter is 9; she had a single febrile "
    "convulsion at 14 months during a cold and none since. What do I put?",
])
def test_a_forms_question_and_a_remote_seizure_are_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    "my son is 6 and had a seizure this morning, first one ever, he is sleepy now",
    "my daughter is 4, she had a fit 20 minutes ago and nothing since, she seems tired",
])
def test_a_seizure_today_in_a_child_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- an uncomplicated faint (NICE CG109; ESC 2018: reflex syncope with a typical trigger, a prodrome
#    and prompt recovery is low risk); a faint on exertion or with palpitations stays emergent
def test_a_faint_at_a_jab_with_full_recovery_is_not_emergent() -> None:
    text = ("I'm 19 and keeled over when the nurse gave me my vaccine, went clammy first and was unconscious for "
            "a couple of seconds, then fine once I lay down. Always happens with needles. Do I need to do anything?")
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    "I'm 19 and was unconscious for a few seconds while I was running for the bus, now feel fine",
    "my heart started racing then I was unconscious for a few seconds, I'm 22",
    "my son fell off his bike, hit his head and was unconscious for a few seconds",
    "my grandad is unconscious and we can't wake him",
])
def test_a_faint_with_a_high_risk_feature_or_ongoing_unconsciousness_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- BE-FAST told plainly, widened (NICE NG128; ASA): the mouth going to one side, words coming all
#    mixed up, a hand told first that cannot hold things
@pytest.mark.parametrize("text", [
    "my mother is 80, since tea time her mouth went to the left side and she wants to lie down",
    "uncle is 70, his words are coming all jumbled since 30 minutes",
    "left hand, she is not able to grip the spoon since an hour, she is 75",
])
def test_plain_fast_signs_widened_are_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "the words in my essay are coming out all over the place, how do I structure it",
    "my right hand is sore from typing, is it ok to hold a mouse all day",
])
def test_essay_words_or_a_sore_hand_are_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- a disc battery seen in a small child's mouth, or one that cannot be found (NPIS TOXBASE)
@pytest.mark.parametrize("text", [
    "my 2 year old had a coin battery from the car key in her mouth a moment ago and I can't see it now",
    "the button battery from the remote cannot be found, my toddler was playing with it",
])
def test_a_battery_in_a_childs_mouth_or_not_found_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


def test_a_battery_safely_replaced_is_not_emergent() -> None:
    text = "I changed the coin battery in the kitchen scales and put the old one in the recycling, how do I dispose of it"
    assert _level(text) != "emergent", text


# -- giant cell arteritis without visual symptoms: jaw claudication told with the ache first is a
#    same-day assessment (BSR 2020; NICE CKS), with visual symptoms an emergency
def test_jaw_ache_on_eating_told_first_is_urgent() -> None:
    text = "my mum is 68 and has had aching of the jaw after eating for a fortnight, and a sore scalp, eyesight fine"
    assert _level(text) == "urgent", text


def test_jaw_ache_on_eating_with_new_blurred_vision_is_emergent() -> None:
    text = "my dad is 74, pain in his jaw when eating for a week and now his vision went blurry in one eye"
    assert _level(text) == "emergent", text


# -- a young child's heart rate is read against the child's age (NICE NG51 table 1: high risk
#    >= 160 under 1 year, >= 150 at 1-2 years, >= 140 at 3-4 years; NICE NG143 table 1), not the
#    adult SIRS limit: HR 140-149 with a fever in a well toddler is no emergency on its own
def test_a_well_febrile_toddler_with_hr_in_the_140s_is_not_emergent() -> None:
    text = "A 20-month-old boy has had a temperature of 38.9 for a day; alert, drinking, wet nappies. HR 146, RR 34."
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    "A 20-month-old boy has had a temperature of 38.9 for a day; alert, drinking. HR 165, RR 34.",
    "A 4 year old girl has had a temperature of 39.1 since last night. HR 145, RR 28.",
    "A 40-year-old man with a temperature of 38.6 and rigors. HR 142, RR 22.",
])
def test_a_fast_heart_rate_for_the_age_with_fever_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text
