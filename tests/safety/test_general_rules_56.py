"""General rules for what blind triage set 56 showed (first score in test_triage_blind56_report.py),
each written here in other words than the set uses: the misses that must now be emergent, the look-alike
alarms that must now be calm, and the near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level


# -- a collapse during exercise told as a drop, or a faint with an undiagnosed systolic murmur or,
#    without warning, a young sudden death in the family (ESC 2018 syncope guidelines, table 5)
@pytest.mark.parametrize("text", [
    "my teammate dropped mid-match during netball, out for a few seconds then came to, she's sitting up now",
    "Hockey training, F 17, went down during drills, came round within 15 seconds, now fine. BP 118/72.",
    "My son fainted out of the blue at home, he came round after 10 secs. His cousin died suddenly at 28.",
    "F 23 passed out in the library, no warning at all, 30 s. Ejection systolic murmur at the right upper"
    " sternal edge.",
])
def test_an_exertional_or_high_risk_faint_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I dropped my phone mid-run and cracked the screen, any tips?",
    "He went down a size in his running shoes and now has a blister",
    "my friend came round after work and we went for a run, now my knees ache",
    "Fainted after a long hot shower, felt sick and sweaty first. My grandad died suddenly at 82.",
])
def test_drops_visits_and_an_old_death_stay_calm(text: str) -> None:
    _calm(text)


def test_a_faint_without_warning_alone_stays_urgent() -> None:
    assert level("I passed out without any warning while sitting at my desk, came round in seconds") == "urgent"


# -- a tense limb after a blow (a kick, studs, a tackle, a fracture) with pain on passive stretch, beyond
#    the injury or despite painkillers, or numbness: compartment syndrome even with pulses (BOAST 10)
@pytest.mark.parametrize("text", [
    "took a boot to the left calf at hurling 4 hours ago, calf is rock hard now, painkillers aren't touching it"
    " and my foot is going numb",
    "Lacrosse. F 20, stick across the R forearm 2 h ago. Forearm tense and swollen, screams when I extend her"
    " fingers, radial pulse present.",
    "My son broke his shin bone skiing, it's in a cast since this morning, his leg feels tight and shiny and he"
    " can't feel his toes properly, pain way worse than it looks",
])
def test_a_tense_limb_after_a_blow_with_compartment_signs_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "got kicked in the shin at five-a-side, big bruise and a lump, hurts to walk on, toes fine",
    "Calves feel tight after my first marathon, no injury, both the same, sore going downstairs",
    "tackled hard on the thigh yesterday, dead leg, tight and stiff but I can walk and it's easing",
])
def test_bruises_and_tight_muscles_stay_calm(text: str) -> None:
    _calm(text)


# -- a reflex faint at a jab told with its recovery after a list of denials ("no jerking, came round at
#    once"), and a floppiness timed in seconds: the faint's own transient loss, not drowsiness or shock
@pytest.mark.parametrize("text", [
    "Flu jab clinic, M 19, went clammy and pale then fainted in the chair, floppy for about 5 seconds, no"
    " shaking, came round completely at once. BP 112/70, no hives, breathing fine.",
    "my daughter fainted right after her HPV vaccine, felt warm and sick first, floppy ~8 secs, no fitting,"
    " came to straight away, now eating a biscuit",
])
def test_a_reflex_faint_at_a_jab_stays_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "baby is hot to touch and floppy, won't feed since this morning",
    "30 minutes after his penicillin injection he collapsed, BP 80/50, still not responding properly",
    "after the bee sting she fainted, no hives, came round but is now wheezy and her lips are swelling",
])
def test_a_floppy_child_or_a_shock_after_an_allergen_still_fires(text: str) -> None:
    _emergent(text)


# -- chest tightness with dread in a recurrent panic attack: an ECG read as sinus with normal intervals
#    and the same attacks before; a first one, or one with abnormal observations, still fires
@pytest.mark.parametrize("text", [
    "Student, M 22, heart pounding, tight chest, felt like he was going to die, hands tingling. HR 94,"
    " BP 130/80, sats 98%. ECG: sinus rhythm, no acute changes. Has had these before during exams.",
    "I get panic attacks and had one today: chest tightness and a sense of impending doom. The paramedic's"
    " ECG showed sinus rhythm with normal intervals. Known panic disorder, settling now.",
])
def test_a_recurrent_panic_attack_with_a_normal_ecg_stays_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "F 25, first ever episode of chest tightness with a sense of doom, 30 min. ECG sinus, normal intervals.",
    "chest pressure and a feeling of doom, I've had similar episodes before but this one feels different",
    "M 24, chest tightness and sense of doom, HR 138, BP 84/50, SpO2 91%, RR 28. ECG sinus rhythm, normal"
    " intervals. Similar episodes before.",
])
def test_a_first_panic_like_chest_pain_or_abnormal_observations_still_fire(text: str) -> None:
    _emergent(text)
