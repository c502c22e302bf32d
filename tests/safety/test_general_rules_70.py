"""General rules for what blind triage set 70 showed (first score in test_triage_blind70_report.py), each
written here in other words than the set uses: a hypo told by its signs, with no reading, in someone on
insulin or a sulfonylurea (type 1 diabetes, gliclazide): drowsiness, "talking complete nonsense", or kept
awake only with effort ("we can hardly keep her awake", "struggling to keep him up"); a past episode likened
to a heart attack ("felt as if I was having a heart attack") that settled; a heavy nosebleed stopped with
pressure, its minutes told between ("and after about 15 minutes it stopped"); and a newborn's trunk that "is
warm" told against blue hands and feet (acrocyanosis, no fever); a swollen calf with a clot risk and the
breathing told normal ("breathing is completely fine": a suspected DVT without PE signs, same day); and a
dog that "bit" with no word between ("the neighbour's collie bit my thumb"). Each with the near misses that must keep
their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level as _level


# -- a hypo told by its signs on insulin or a sulfonylurea (Diabetes UK / NICE CKS hypoglycaemia: drowsy or
#    confused on insulin is a severe hypo until a glucose says otherwise)
@pytest.mark.parametrize("text", [
    "my sister has type 1 diabetes, skipped dinner after the gym and now she's clammy and we can hardly keep"
    " her awake, should we just let her nap?",
    "Grandad is on gliclazide, barely ate today and this evening he is very drowsy and sweating",
    "my boyfriend uses insulin, came home from the pub, talking complete nonsense and shaking, letting him"
    " sleep it off",
    "we're struggling to keep him awake, he's a T1D and missed his lunch",
])
def test_a_hypo_told_by_its_signs_on_insulin_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # shaky and sweaty before a meal on insulin, alert: a mild hypo treated at home
    "I'm on insulin and felt a bit shaky and sweaty before dinner, had some jelly babies and feel fine",
    # drowsy on metformin alone after a night shift: no hypo drug
    "type 2 diabetic on metformin only, a bit drowsy after my night shifts this week",
    # kept awake on purpose, nobody ill
    "we tried to keep her up past midnight for the fireworks, she's 6 and type 1, all fine",
    # talking rubbish as a figure of speech, no diabetes
    "my coworker is always talking complete rubbish about football in the break room",
])
def test_alert_on_insulin_or_no_hypo_drug_is_calm(text: str) -> None:
    _calm(text)


# -- a past episode likened to a heart attack, settled, is a panic attack's words (NICE CG113 panic disorder)
@pytest.mark.parametrize("text", [
    "During my driving test on Monday my pulse was pounding and my fingers went numb, it felt as if I was having"
    " a heart attack, but it faded after 10 minutes of slow breathing. Fine since, can I talk to a counsellor?",
    "my mum said it was like she was having a heart attack at the wedding last month, turned out to be a panic"
    " attack, she has been well since, how do we get her therapy?",
])
def test_a_past_episode_likened_to_a_heart_attack_is_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    # now, in the present: the simile is the symptom
    "it feels like I'm having a heart attack, crushing pressure in my chest for 20 minutes",
    "I think I am having a heart attack",
])
def test_a_heart_attack_feared_now_stays_emergent(text: str) -> None:
    _emergent(text)


# -- a heavy nosebleed stopped with pressure in minutes (NICE CKS epistaxis: first aid, no emergency care)
@pytest.mark.parametrize("text", [
    "My 6 year old's nosebleed had her bleeding everywhere, all over the bathroom floor! Squeezed her nostrils and"
    " tipped her head forward and after around 15 minutes it stopped, she's now playing Lego, does she need a doctor?",
])
def test_a_heavy_nosebleed_stopped_with_pressure_is_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    # pressure for over 20 minutes and still pouring
    "blood everywhere from my son's nose, we've pinched it for 25 minutes and it won't stop",
    # stopped, then started again
    "Blood everywhere from her nose, I pinched it and after 10 minutes it stopped, then it started again and"
    " is pouring",
])
def test_a_nosebleed_that_wont_stop_or_on_a_thinner_stays_emergent(text: str) -> None:
    _emergent(text)


# -- a newborn's blue hands and feet with a pink face and a warm trunk: acrocyanosis (NICE NG143 colour)
@pytest.mark.parametrize("text", [
    "our son is 3 days old, his feet and hands go purplish when he's out of the blanket but his mouth and"
    " cheeks are pink, his tummy is warm and he feeds well. is this ok?",
])
def test_blue_hands_and_feet_with_a_warm_trunk_is_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    # central cyanosis
    "my 5 day old's lips and tongue look blue, her chest is warm",
    # a hot body in a newborn is a fever
    "our 3 week old daughter feels hot all over, her body is hot to the touch",
])
def test_blue_lips_or_a_hot_newborn_stays_emergent(text: str) -> None:
    _emergent(text)


# -- a swollen calf with a clot risk and the breathing told normal: suspected DVT, same day (NICE NG158 1.1)
@pytest.mark.parametrize("text", [
    "drove 11 hours from Lyon to Madrid on Saturday, my right calf is swollen and tender, 2 cm bigger than the"
    " other, breathing is completely fine, I take the combined pill",
    "Since the long haul flight from Doha my left calf aches and is puffy compared to the right, breathing normally,"
    " no chest pain",
])
def test_a_swollen_calf_with_normal_breathing_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # breathless now, whatever was fine before
    "my left calf is swollen and sore after the flight, breathing was fine yesterday but today I'm short of breath",
    # a vital sign says what the words deny
    "right calf swollen since the flight home, breathing is fine but my pulse is 124 at rest",
])
def test_a_swollen_calf_with_breathlessness_or_a_fast_pulse_stays_emergent(text: str) -> None:
    _emergent(text)


# -- a dog bite told "<dog> bit my <part>", breed or lay name, no word between (NICE NG184: same day)
@pytest.mark.parametrize("text", [
    "my cousin's collie bit my thumb on Sunday, today it's swollen and throbbing",
    "the dog bit my ankle at the park, two puncture marks, now red",
])
def test_a_dog_that_bit_with_a_bites_mark_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # "a bit", "bit of": no bite
    "our beagle was a bit off his food today, otherwise fine",
    "the spaniel bit of the garden he dug up is a mess, how do I stop him digging?",
])
def test_a_dog_and_a_bit_with_no_bite_stays_routine(text: str) -> None:
    assert _level(text) == "routine", text
