"""General rules for what blind triage sets 46 and 47 showed (first score in test_triage_blind46_report.py),
each written here in other words than the sets use: the misses that must now be emergent, the look-alike
alarms that must now be calm, and the near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level


# -- the testis in Spanish (NICE CKS scrotal pain: sudden pain or vomiting, suspected torsion)
@pytest.mark.parametrize("text", [
    "Mi hijo Diego (15) tiene mucho dolor en uno de sus testículos since this morning, came on suddenly",
    "My nephew says his huevo on the right is killing him, severe pain, and he threw up at lunch",
    "Boy of 11, sudden pain in his testículo izquierdo and he is vomiting",
])
def test_spanish_words_for_the_testis_with_torsion_signs_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "We had huevos rancheros for breakfast and now my son has a mild tummy ache",
    "Is it normal that my 13 year old son is embarrassed about puberty changes?",
])
def test_spanish_testis_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- paracetamol every few hours round the clock (TOXBASE: staggered overdose, > 4 g a day)
@pytest.mark.parametrize("text", [
    "For my earache I've had 2 Panadol every 3 hours day and night since Saturday, now feel queasy",
    "She's been taking co-codamol every 2-3 hours round the clock for her back for four days",
    "He takes tylenol every 4 hrs night and day because of his shoulder, for the past week",
])
def test_paracetamol_round_the_clock_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I take paracetamol every 6 hours for my knee, never more than 4 doses",
    "Can I take paracetamol every 4 hours during the day for a cold?",
    "He has a cough day and night; we give him Calpol when he has a fever",
])
def test_paracetamol_dosing_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- saddle numbness with both legs affected (GIRFT 2023 cauda equina pathway)
@pytest.mark.parametrize("text", [
    "Since yesterday both legs feel numb and I can't properly feel the toilet paper, my back went at the gym",
    "She says both legs are weak and her bum feels numb, after weeks of sciatica",
])
def test_saddle_numbness_with_both_legs_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "My legs ache after the marathon and my toes tingle a bit",
    "Pins and needles in my right foot after sitting cross-legged, gone now",
])
def test_leg_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- Ludwig's angina (NICE CKS dental abscess; ENT UK)
@pytest.mark.parametrize("text", [
    "After my molar abscess, it's swollen underneath my chin on both sides and my tongue feels lifted up",
    "Dad's jaw infection: hard swelling below his jaw on both sides and he is drooling, cannot swallow his spit",
    "The floor of her mouth is swollen and raised since the tooth abscess, and she's dribbling",
])
def test_swelling_under_both_sides_of_the_jaw_with_airway_signs_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "My cheek is swollen on the left over a bad tooth, dentist on Monday",
    "Glands under my jaw are a bit up with a cold, swallowing fine",
])
def test_dental_swelling_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- at altitude (WMS 2019): an ataxic walk or confusion is HACE; exertional breathlessness that settles is not
@pytest.mark.parametrize("text", [
    "At the hut (4,200 m) my partner has a pounding headache and walks as if she is drunk",
    "We are at Dingboche 4400m, our guide has a headache and is staggering and muddled",
])
def test_ataxia_at_altitude_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "Day 3 in La Paz (3,600 m): puffed on the steps up to the square, settles within a minute, SpO2 90% resting",
    "Ran the 5000 m race today, legs tired, feel fine",
])
def test_altitude_near_misses_stay_calm(text: str) -> None:
    _calm(text)


def test_sudden_breathlessness_that_settles_at_sea_level_still_fires() -> None:
    _emergent("Suddenly breathless out of nowhere at my desk, it settled within a minute but came back twice")


# -- wild mushrooms and a late start (TOXBASE: amatoxin after a latent period of 6 h or more)
@pytest.mark.parametrize("text", [
    "We ate wild mushrooms my husband picked in the woods for supper; felt fine for hours, now both vomiting",
    "Foraged fungi in an omelette at noon, then 8 hours later diarrhoea and vomiting that won't stop",
])
def test_late_sickness_after_foraged_mushrooms_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "We picked wild mushrooms today, how do I tell which are edible?",
    "Had supermarket mushrooms on pizza, slight indigestion",
])
def test_mushroom_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- a chemical in the eye at a remote site (RCOphth: irrigate, emergency) — "remote" is a place, not a remote MI
def test_an_alkali_splash_at_a_remote_mine_is_emergent() -> None:
    _emergent("A welder at a remote mine got cement splashed into his left eye just now, burning and can't open it")


def test_slurry_is_not_slurred_speech() -> None:
    _calm("Spread the slurry on the top field this morning, back is a bit stiff")


# -- a returned traveller with fever, well in themselves (UKHSA malaria: same-day test, urgent)
@pytest.mark.parametrize("text", [
    "Got back from Malawi 10 days ago, fever of 38.2 last night, today I feel fine, eating normally",
    "Returned from Lagos last week, had chills and a temperature, walking about fine this morning",
])
def test_well_returned_traveller_with_fever_is_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "Back from Uganda a week ago, fever 39 and now she is confused and drowsy",
    "Returned from Ghana, fever and rigors, eating ok but her eyes have gone yellow",
    "Back from Kenya with fevers and chills",
])
def test_returned_traveller_with_fever_and_danger_signs_is_emergent(text: str) -> None:
    _emergent(text)


# -- look-alikes: shingles, motion sickness, ear barotrauma, frostnip, a tender rib
@pytest.mark.parametrize("text", [
    "Tingling on the left side of my scalp for 2 days and now a rash of blisters there, I'm 71",
    "My 5 year old went green on the coach and was sick once, now she's fine and eating",
    "After snorkelling my ear feels blocked; the GP saw a tiny haemorrhage behind the eardrum",
    "Toes went white and numb skiing, rewarmed in the chalet and now they're pink and sore",
    "Kicked by a horse on the thigh; abdomen soft and non-tender, just a bruise",
])
def test_look_alikes_stay_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "Sudden weakness and tingling down my left side and my arm is heavy",
    "He has brought up green bile twice, he's 3 weeks old",
    "Blood is pouring from his thigh, we can't stop the haemorrhage",
    "My foot is suddenly cold, white and numb and it hurts, no pulse I can feel",
])
def test_look_alike_near_misses_still_fire(text: str) -> None:
    _emergent(text)


# shingles explains one-sided burning or tingling, never one-sided weakness: a stroke with a rash still fires
@pytest.mark.parametrize("text", [
    "I've got shingles on my face with blisters. This morning my right side went weak and numb.",
    "one sided weakness in my left arm since an hour ago, and I have a blistering rash from shingles",
    "Shingles rash on his chest with blisters, and since lunch his left leg is weak and dragging",
])
def test_one_sided_weakness_with_a_shingles_rash_still_fires(text: str) -> None:
    _emergent(text)
