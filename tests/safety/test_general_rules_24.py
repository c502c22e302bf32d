"""General rules for what blind triage set 24 showed (first score in test_triage_blind24_report.py),
each written here in other words than the set uses: the misses that must now be emergent, and the
near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- a coronary syndrome whose arm pain is told as a heavy left arm (NICE CG95 1.1.1: pain or
#    heaviness spreading to the arm), with chest pain or an anginal equivalent and sweating
@pytest.mark.parametrize("text", [
    "Chest tightness since lunch and heaviness down my left arm.",
    "There's a pressure in my chest and my left arm has gone like a dead weight.",
    "Bad heartburn since I pushed the mower up the slope, dripping with sweat and my left arm feels like a brick.",
])
def test_a_heavy_left_arm_with_chest_pain_or_its_equivalent_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- Spanish words in an early-pregnancy pain (NICE NG126): dolor (pain), sangrado (bleeding),
#    mareada (dizzy), embarazada (pregnant)
@pytest.mark.parametrize("text", [
    "Estoy embarazada de 7 semanas, tengo dolor muy fuerte en la barriga and I feel mareada.",
    "My period's two weeks late, I have dolor en el lado izquierdo and some sangrado.",
    "Positive test last week, now dolor abajo on the right and I nearly passed out.",
])
def test_early_pregnancy_pain_told_in_spanish_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # a headache (dolor de cabeza), not a belly pain
    "My period is late and tengo dolor de cabeza since yesterday.",
    # one-sided pain with no pregnancy possible
    "I'm 30, dolor en el lado derecho since yesterday, no fever, eating fine.",
    # morning dizziness with nausea in a known pregnancy, no pain
    "Estoy embarazada, 10 weeks, feeling a bit mareada in the mornings with nausea.",
])
def test_spanish_words_without_an_ectopic_picture_are_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- a slow pulse with near-faints told as "greying out" (RCUK bradycardia: adverse features)
@pytest.mark.parametrize("text", [
    "Heart rate 36, she keeps greying out when she stands up, takes atenolol.",
    "Pulse of 38 and he has had two grey-outs this morning.",
    "80-year-old on digoxin, HR 35, greyed out twice in the kitchen today.",
])
def test_a_slow_pulse_with_greying_out_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # an athlete's slow pulse without symptoms
    "Fit marathon runner, resting pulse 38, feels great, no dizziness.",
    # a brief grey-out on standing with a normal pulse
    "My vision greyed out for a second when I stood up quickly, pulse 72, fine now.",
])
def test_a_slow_pulse_alone_or_a_grey_out_with_a_normal_pulse_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- blue lips or tongue explained by a blue drink, sweet or food dye in a child with no breathing
#    difficulty or drowsiness: a stained mouth, not central cyanosis (NICE NG143, BTS/SIGN 158)
@pytest.mark.parametrize("text", [
    "My 2 year old has a blue tongue and lips after eating a blue ice lolly, he's bouncing on the trampoline "
    "and his hands are pink.",
    "My daughter's lips went purple after the purple jelly at the party, she's playing happily and her cheeks are rosy.",
])
def test_a_mouth_stained_by_a_blue_sweet_or_drink_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # a blue drink named, but breathing difficulty
    "Her lips are blue and she's struggling to breathe, she had a blue slushie earlier.",
    # a blue sweet named, but floppy and hard to wake
    "His lips look blue and he's floppy and won't wake properly, he had blue sweets earlier.",
    # a blue sweet named, but a grey face
    "Her lips are blue and her face is grey, she had blue icing at the party.",
    # no explanation
    "My baby's lips are going blue.",
    "My toddler's lips are blue and he's breathing really fast.",
])
def test_blue_lips_with_distress_drowsiness_greyness_or_no_explanation_are_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a bite told as a nip, or by a named owner's animal, with swelling or redness (NICE NG184: same day)
@pytest.mark.parametrize("text", [
    "I was nipped by our cat last night and the finger is swollen and throbbing today.",
    "Got nipped by my sister's puppy on the wrist this morning, it's red and swollen round the marks.",
    "Bitten by the neighbour's dog yesterday, the hand is swollen and red now.",
])
def test_a_nip_or_a_named_owners_animal_bite_with_swelling_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


def test_a_nip_that_did_not_break_the_skin_is_routine() -> None:
    text = "Nipped by a dog at the park, didn't break the skin, no swelling, just a little bruise."
    assert _level(text) == "routine", text


# -- a skin tear or flap on an anticoagulant or antiplatelet, bleeding stopped: closed and dressed the
#    same day (ISTAP 2018; NICE CKS lacerations)
@pytest.mark.parametrize("text", [
    "My mum is on apixaban and tore a skin flap on her forearm on the car door, bleeding has stopped with pressure.",
    "Dad's on aspirin and clopidogrel, knocked his shin and there's a skin tear, bleeding stopped.",
])
def test_a_skin_tear_on_a_blood_thinner_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


def test_a_small_skin_tear_on_no_medicines_is_routine() -> None:
    text = "Small skin tear on my arm from the cat's claw, not on any medicines, healing fine."
    assert _level(text) == "routine", text


def test_a_flap_still_pouring_blood_on_warfarin_stays_emergent() -> None:
    text = "I'm on warfarin and cut my shin, the flap of skin is still pouring blood and won't stop after 20 minutes."
    assert _level(text) == "emergent", text
