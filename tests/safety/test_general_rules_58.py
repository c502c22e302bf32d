"""General rules for what blind triage set 58 showed (first score in test_triage_blind58_report.py),
each written here in other words than the set uses: the miss that must now be emergent, the look-alike
alarms that must now be calm, and the near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level


# -- black, tarry stools with signs of shock or a faint told in lay words ("pale and clammy", "crumpled to
#    the floor", "she came to"): an upper GI bleed with syncope (NICE CG141; Glasgow-Blatchford: syncope)
@pytest.mark.parametrize("text", [
    "Mum is 81 and on rivaroxaban. She has passed black tarry stools twice today and now she is pale and"
    " clammy sitting on the bed.",
    "My husband (64, takes naproxen daily) has had black sticky poo since Tuesday. He stood up from the"
    " table, crumpled to the floor and came to within a minute.",
    "black tarry stool this morning, got up to make tea and collapsed in the kitchen, awake now",
    "Nan's stools have been black and tarry for two days, she went white and clammy on the commode",
])
def test_melaena_with_shock_signs_or_a_faint_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "My poo has been black and sticky like tar since yesterday, I feel fine otherwise",
    "Dad, 70, on warfarin, black tarry stools this morning, eating and walking about normally",
    "black stools for two days, the district nurse came round to see him and he feels fine",
])
def test_melaena_alone_is_urgent_not_emergent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "my stools have gone black since the GP started me on iron tablets, otherwise fine",
    "took Pepto-Bismol for an upset stomach and now my poo is black, is that normal?",
    "went grey and sweaty on the treadmill after a hard interval set, fine after some water",
])
def test_black_stool_and_faint_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- croup with stridor heard only when the child cries or is upset, told with the verb between ("stridor is
#    heard only when he cries", "can be heard just while she is upset"): mild to moderate (Westley; NICE CKS)
@pytest.mark.parametrize("text", [
    "My 20-month-old has a barking cough since last night. The stridor can be heard only while she is upset,"
    " she is running around otherwise and no sucking in at the ribs.",
    "A 3-year-old girl with croup: stridor was audible only when she was crying during the examination, no"
    " recession at rest, SpO2 97%.",
    "toddler with a seal bark cough, stridor is heard just when he gets worked up, settles on my lap",
])
def test_stridor_only_when_upset_told_with_a_verb_is_not_emergent(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "my 3 year old has a barking cough, stridor is heard at rest and she is pulling in under her ribs",
    "toddler with croup, stridor is present even when he is asleep",
    "2yo with croup, noisy breathing only when crying earlier but now stridor at rest as well",
])
def test_stridor_at_rest_still_fires(text: str) -> None:
    _emergent(text)


# -- a COPD exacerbation with saturations at the person's own usual level, talking normally: a breathing rate of
#    21-24 alone is not an emergency (NICE NG115; BTS 2017 target 88-92 %); below the usual or unable to speak is
@pytest.mark.parametrize("text", [
    "Dad is 68 with COPD, more breathless than usual for three days and his phlegm is yellow. Chatting normally."
    " Sats 90% (his normal is 89-91), breathing rate 23.",
    "A 74-year-old woman with COPD, five days of increased breathlessness and purulent sputum, talking in full"
    " sentences. RR 24, SpO2 89% on air, her usual 88-90%, T 37.6 C.",
])
def test_copd_exacerbation_at_its_usual_saturation_is_not_emergent(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "Dad, 68, COPD, more breathless than usual for 3 days. Sats 85%, his normal is 89-91, breathing rate 23.",
    "Dad, 68, COPD, more breathless than usual for 3 days and can't finish a sentence. Sats 90%, his normal"
    " is 89-91.",
    "Mum is 70, getting more breathless over 3 days, breathing rate 23, sats 96%",
])
def test_copd_below_its_usual_or_breathless_without_copd_still_fires(text: str) -> None:
    _emergent(text)


# -- "life is not worth it / living" with a plan denied: a same-day assessment, not routine (NICE NG225; the
#    passive end of PHQ-A item 9); a plan or means told still fires elsewhere, and "worth it" of anything else is calm
@pytest.mark.parametrize("text", [
    "My 16-year-old son told me life isn't worth living anymore. He says he has no plans to hurt himself.",
    "A 17-year-old boy says that since his exams life has not really felt worth it; he denies any plan and has"
    " never hurt himself.",
])
def test_life_not_worth_living_with_no_plan_is_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "is it worth it to see a doctor for a cold or should I just rest?",
    "the physio was hard work but life is worth it again now that I can walk the dog",
])
def test_worth_it_of_other_things_stays_routine(text: str) -> None:
    assert level(text) == "routine", text


# -- a plan or the means told as had, beside a wish to die or hopelessness, without saying what the plan
#    is for: ideation with a plan (NICE NG225 1.5; the Columbia scale's highest ideation level). The round's
#    helper found "life is not worth it, I have a plan and the pills ready" reading routine
@pytest.mark.parametrize("text", [
    "Honestly life isn't worth living any more. I've made a plan.",
    "i feel like life is not worth it, i have a plan and my tablets are all ready",
    "I wish I was dead. I have got a plan",
    "she says life is not worth it and she has a plan",
])
def test_a_plan_told_beside_a_wish_to_die_or_hopelessness_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "life is not worth it sometimes but I don't have a plan",
    "I have a plan for the weekend, a walk and a film",
    "feeling hopeless about the exam, we have a plan for revision",
    "I feel hopeless, the tablets are ready to collect at the pharmacy",
])
def test_a_plan_denied_or_for_something_else_is_not_emergent(text: str) -> None:
    _calm(text)
