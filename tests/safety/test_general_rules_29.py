"""General rules for what blind triage set 29 showed (first score in test_triage_blind29_report.py),
each written here in other words than the set uses: the misses that must now be emergent, the alarms
and level errors that must now be calmer or raised, and the near misses of each new reading that must
keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- few or no fetal movements for hours from 28 weeks (RCOG GTG 57: maternity assessment now)
@pytest.mark.parametrize("text", [
    "I'm 36 weeks pregnant and today I've felt just two little kicks since breakfast",
    "32 weeks pregnant, she hasn't moved for 4 hours even after a cold drink and lying down",
    "at 38 weeks pregnant: no movements for the last six hours, she is usually a wriggler",
    "I'm 33 weeks pregnant and since lunch there has been nothing at all from the baby",
])
def test_few_or_no_fetal_movements_in_the_third_trimester_are_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # before 24 weeks movements are not yet regular: the next antenatal visit
    ("16 weeks pregnant and I haven't felt the baby move yet, is that normal?", "routine"),
    ("20 weeks pregnant, the baby is moving less than last week I think", "routine"),
    # a handful of kicks before 28 weeks: the maternity unit the same day
    ("26 weeks pregnant, only two kicks today", "urgent"),
])
def test_fetal_movements_before_28_weeks_are_not_emergent(text: str, level: str) -> None:
    assert _level(text) == level, text


@pytest.mark.parametrize(("text", "level"), [
    # "moving less" alone at 30 weeks: the maternity unit the same day (kept as it was)
    ("30 weeks pregnant and the baby is moving a bit less than usual today", "urgent"),
    # movements back after a quiet spell
    ("30 weeks pregnant, she was quiet this morning but then kicked lots after lunch", "routine"),
    # "movements" that are not the baby's
    ("I'm 30 weeks pregnant and have had only 2 bowel movements this week", "routine"),
])
def test_fetal_movement_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- pre-eclampsia after the birth, told as days since the delivery (NICE NG133: up to 6 weeks)
@pytest.mark.parametrize("text", [
    "10 days after my caesarean, BP on the home machine was 165/105 and I have a pounding headache",
    "two weeks since the delivery, headache that won't go and flashing lights, my face has swollen",
    "12 días después de la cesárea, la presión 170/112",
])
def test_pre_eclampsia_after_the_birth_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "3 weeks after my c-section, BP 118/76, a mild headache after a bad night with the baby",
    "it's 10 years since my c-section and my blood pressure was 150/95 at the GP",
])
def test_after_the_birth_near_misses_are_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- severe pre-eclampsia: a repeat reading, upper abdominal pain, lights seen (NICE NG133)
@pytest.mark.parametrize("text", [
    "34 weeks pregnant, blood pressure 150/100 and, rechecked, 161/104",
    "31 weeks pregnant, BP 146/96, protein ++ in the urine and pain in the upper abdomen since last night",
    "29 weeks pregnant, seeing tiny lights since lunch and a bit of a headache",
])
def test_severe_pre_eclampsia_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # the repeat reading is the lower one
    "34 weeks pregnant, BP 150/98 then 128/82 after resting, no symptoms",
    # upper abdominal pain not in pregnancy
    "a 40 year old man with upper abdominal discomfort after a curry, BP 128/80",
])
def test_pre_eclampsia_near_misses_are_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- a staggered paracetamol overdose told as a count of tablets of a strength (TOXBASE / MHRA 2012)
@pytest.mark.parametrize("text", [
    "I took 24 of the 500mg ones bit by bit yesterday, I'm 55 kg and feel ok today",
    "over Friday night she swallowed 18 of her paracetamol (500mg tablets), weighs 48 kg, now just tired",
])
def test_a_staggered_paracetamol_overdose_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # a child's measured dose under TOXBASE's 75 mg/kg line stays calm
    "my 4 year old weighs 16 kg and had two of the 120mg ones, is that ok?",
    # an ordinary adult dose
    "took two 500mg paracetamol for a headache, can I take ibuprofen too?",
])
def test_paracetamol_near_misses_are_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- a swollen calf with breathlessness denied and normal vital signs: a DVT scan the same day
#    (NICE NG158), not an ambulance
@pytest.mark.parametrize("text", [
    "56F, right calf puffy and tender since a 10 hour drive, no shortness of breath, HR 82, sats 97%",
    "left calf swollen and aching after my knee op, denies any breathlessness, pulse 76",
])
def test_a_swollen_calf_without_breathlessness_is_urgent_not_emergent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # the pulse tells what the words deny (Wells: heart rate over 100)
    "56F, HR 118, right calf puffy and tender since a 10 hour drive, no shortness of breath",
    # breathless with the swollen leg
    "left calf swollen and aching after my knee op and now I'm breathless walking to the loo",
])
def test_a_swollen_calf_with_a_fast_pulse_or_breathlessness_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- stable exertional chest pain easing on standing still: a chest pain clinic (NICE CG126 / CG95)
@pytest.mark.parametrize("text", [
    "for a month I get a heavy chest climbing the stairs at work, it settles as soon as I stand still, same every time",
    "tight chest walking uphill for 5 weeks, eases within 1 to 2 minutes of stopping, never at rest",
])
def test_stable_exertional_chest_pain_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # crescendo: with less effort, more often
    "tight chest walking uphill for 5 weeks, now coming on with less effort, eases within 2 minutes of stopping",
    # at rest
    "heavy chest climbing stairs for a month, it settles as soon as I stand still, but last night it came on at rest",
])
def test_unstable_exertional_chest_pain_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- one SSRI dose taken twice, well hours later (TOXBASE: far below a toxic amount)
@pytest.mark.parametrize("text", [
    "accidentally took my sertraline 50 mg twice today, feel fine",
    "I took my 10 mg escitalopram twice by mistake this morning, I feel normal",
    "he took his 40mg fluoxetine again at lunch, forgot he had it at breakfast, he's fine",
    "I think I had a double dose of my escitalopram this morning, all good so far",
])
def test_one_ssri_dose_taken_twice_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    "took 30 of my 20 mg citalopram",
    "he took 50mg sertraline twice and now he's shaking, sweating and his muscles are twitching",
])
def test_many_ssri_tablets_or_toxicity_stay_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a fever of 5 days or more told in French or Spanish (NICE NG143 amber: same day)
@pytest.mark.parametrize("text", [
    "mon fils de 4 ans a de la fièvre depuis 6 jours, les yeux rouges",
    "mi hija de 2 años tiene fiebre hace 5 días, sigue jugando",
])
def test_five_days_of_fever_told_in_french_or_spanish_is_at_least_urgent(text: str) -> None:
    assert _level(text) in ("urgent", "emergent"), text


def test_two_days_of_fever_in_french_stays_routine() -> None:
    assert _level("fièvre depuis 2 jours chez ma fille de 5 ans, elle joue et boit bien") == "routine"


# -- a high INR read off a home meter (BSH / BNF warfarin: INR >= 5 without bleeding, same day)
@pytest.mark.parametrize("text", [
    "on warfarin, coaguchek said 7.8 this morning, no bleeding",
    "my CoaguChek gave 9.4 today, no bruising, no blood anywhere",
])
def test_a_high_home_inr_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


def test_an_in_range_home_inr_is_routine() -> None:
    assert _level("my CoaguChek reading was 2.6 this morning, in range, should I change anything?") == "routine"


# -- periorbital cellulitis (same day) and orbital signs (emergency): NICE CKS cellulitis / RCOphth
@pytest.mark.parametrize("text", [
    "my 3 year old's upper eyelid is swollen and red, temp 38.6, he can see fine",
    "8yo, left eye lid gone really puffy and red since yesterday, fever 38.3, vision fine",
])
def test_a_red_swollen_eyelid_with_fever_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


def test_a_swollen_eyelid_with_orbital_signs_is_emergent() -> None:
    assert _level("toddler with a red swollen eyelid and fever, it hurts her to move her eye and it is bulging") == "emergent"


@pytest.mark.parametrize("text", [
    "puffy eyelids in the morning after crying last night, no fever",
    "my eyelid is a bit puffy from hay fever",
])
def test_a_puffy_eyelid_without_fever_is_routine(text: str) -> None:
    assert _level(text) == "routine", text
