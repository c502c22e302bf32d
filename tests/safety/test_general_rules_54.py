"""General rules for what blind triage set 54 showed (first score in test_triage_blind54_report.py),
each written here in other words than the set uses: the alarm that must now be calm, the levels read
too high or too low, and the near misses of each new reading that must keep theirs."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level


# -- a reflex faint (a warm, long stand, a needle; a prodrome of heat, sweat, nausea, greying) with a
#    loss of consciousness timed in seconds and a prompt recovery: ESC 2018 low risk, not a reduced
#    level of consciousness, and a hot room's "felt hot" no fever with it
@pytest.mark.parametrize("text", [
    "A 23-year-old man fainted while queuing in the sun at a music festival; he felt lightheaded, sweaty and sick"
    " beforehand, was unresponsive for about 10 seconds and came round straight away, fully orientated. No chest"
    " pain, no palpitations, ECG normal.",
    "My son (15) passed out at the bus stop after standing for ages in the heat, went clammy and grey first, he was"
    " unresponsive for maybe 20 seconds and was back to normal right away.",
    "fainted at the blood donor session, felt woozy and hot first, unresponsive for a few seconds, fine now",
    "Collapsed at a wedding reception in a stuffy marquee, felt it coming, not responding for 5-10 seconds, then"
    " chatting normally",
])
def test_a_reflex_faint_timed_in_seconds_is_routine(text: str) -> None:
    assert level(text) == "routine", text


# ... but a faint on exertion, lying down, after palpitations, with chest pain or breathlessness, in known
#    heart disease (ESC 2018 table 5), or with a head struck (NICE NG232) is an emergency; one without
#    warning is seen within 24 hours (NICE CG109); and unresponsive for minutes is still unresponsive
@pytest.mark.parametrize("text", [
    "She collapsed while playing hockey and was unresponsive for about 10 seconds.",
    "He fainted while lying on the sofa and was unresponsive for around 20 seconds.",
    "Heart suddenly raced and then I passed out, unresponsive for 15 seconds according to my wife.",
    "fainted with tightness in my chest, unresponsive for 20 seconds, came round quickly",
    "fainted in the queue and was unresponsive for a few seconds, now short of breath",
    "68-year-old with a cardiomyopathy fainted in the shower, unresponsive for about 10 seconds.",
    "Grandad has had a heart attack before and has two stents; he keeled over in the garden for a few seconds.",
    "My mum has heart failure and passed out at the table for a few seconds.",
    "fainted in a hot shop and hit her head on the counter, unresponsive for about 10 seconds",
    "fainted, was unresponsive for 20 seconds and is still confused and drowsy now",
    "He collapsed at work and has been unresponsive for 10 minutes.",
])
def test_a_faint_with_a_high_risk_feature_or_a_longer_loss_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "fainted out of the blue at my desk, out cold for about 5 seconds, no warning at all, fine now",
    "She had no warning, just fainted at the checkout, unresponsive for 10 seconds, fine now.",
])
def test_a_faint_without_warning_is_urgent(text: str) -> None:
    assert level(text) == "urgent", text


# -- sudden hearing loss in one ear told as a blocked ear with sounds muffled or distant, or as a tuning
#    fork on the forehead heard louder on one side (NICE NG98 1.1.1: ENT within 24 hours)
@pytest.mark.parametrize("text", [
    "A 52-year-old woman woke yesterday with her right ear feeling full and voices sounding distant, with a hissing"
    " noise in it. No pain, no discharge, no dizziness. Otoscopy normal; tuning fork on the forehead is heard"
    " louder on the left.",
    "woke up this morning and my left ear feels blocked and everything sounds muffled, no pain or gunk, no cold",
    "since Tuesday sounds are muffled in my right ear, came on suddenly, bit of ringing, ear doesn't hurt",
])
def test_sudden_muffled_hearing_in_one_ear_is_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "my ears both feel blocked and sounds are muffled, had a cold for a week, slowly getting better",
    "ear has felt blocked and sounds muffled on and off for years because of wax, using olive oil drops",
])
def test_muffled_hearing_without_a_sudden_onset_stays_routine(text: str) -> None:
    assert level(text) == "routine", text


# -- an ankle just injured that swells is a sprain unless an Ottawa sign is told (Stiell 1993; NICE CKS
#    sprains and strains): not the hot swollen joint of a gout or an infection
@pytest.mark.parametrize("text", [
    "Rolled my right ankle at five-a-side last night, it's swollen and bruised on the outside but I walked home on"
    " it and pressing the bones doesn't hurt.",
    "A 27-year-old man landed awkwardly on his left ankle playing basketball; the ankle is swollen, he can walk four"
    " steps and there is no tenderness at the malleoli, navicular or fifth metatarsal base.",
    "went over on my foot at netball, ankle is swollen and bruised, no pain when I press the bony bits, walking fine",
])
def test_an_ottawa_negative_ankle_sprain_is_routine(text: str) -> None:
    assert level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "Twisted my ankle this morning, it's swollen and I can't put any weight on it at all.",
    "Went over on my ankle, the ankle is swollen and the bony bit on the outside is really tender.",
    "sprained my ankle yesterday, swollen, it hurts when I press right on the bony bump on the inside",
    "Grandma's ankle is swollen, red and hot since yesterday, no injury.",
    "My knee is swollen and hot since this morning, no injury that I know of.",
])
def test_an_ottawa_sign_or_a_joint_hot_without_injury_stays_urgent(text: str) -> None:
    assert level(text) == "urgent", text


# -- exertional chest pain settling "within a minute or two" or "in 30 seconds" of stopping settles with rest:
#    a rapid-access chest pain clinic (NICE CG95 1.3), not the ambulance; rest pain, a crescendo, sweating or
#    a pain lasting many minutes after stopping stay emergent
@pytest.mark.parametrize("text", [
    "64F, a month of heaviness in the chest walking up the hill to the shops that goes off within a minute or two of"
    " stopping. Never at rest.",
    "chest pain walking uphill with the dog, eases within 30 seconds of stopping, never at rest",
    "tight chest when I climb the hill to work, goes off within a couple of minutes of standing still",
])
def test_exertional_pain_settling_within_a_minute_or_two_is_not_emergent(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "chest tightness walking uphill that settles within a minute or two of stopping, but last night it came on at"
    " rest and lasted 25 minutes",
    "chest tightness walking uphill that settles within a minute or two of stopping, but it's coming more often and"
    " with less effort",
    "chest pain walking uphill, settles within 20 minutes of stopping",
])
def test_unstable_or_prolonged_exertional_pain_still_fires(text: str) -> None:
    _emergent(text)
