"""General rules for what blind triage set 65 showed (first score in test_triage_blind65_report.py), each
written here in other words than the set uses: a crop sprayed with the pesticide unnamed and two or more of the
cholinergic signs counted one by one; charcoal or a brazier burned in a room of the home, told in English,
Spanish or Portuguese with the symptoms in those languages; a weedkiller concentrate or paraquat swallowed, even
spat out; a sting in the sea followed by the back or belly pain of Irukandji syndrome with its body-wide signs;
and a child's paracetamol counted from the strength on the bottle with the weight in pounds, under TOXBASE's
75 mg/kg. Each with the near misses that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent


# -- a crop sprayed, the pesticide unnamed, with two or more cholinergic signs (WHO / TOXBASE organophosphates)
@pytest.mark.parametrize("text", [
    "my brother was spraying the paddy since morning, now drooling a lot, pupils are tiny and he has diarrhoea",
    "Worker who sprayed the tomato crop yesterday with a knapsack pump is sweating heavily and his legs are twitching",
])
def test_a_sprayed_crop_with_two_cholinergic_signs_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "spent the day spraying the maize field in the heat, sweating a lot and tired, mild headache now",
    "my eyelid keeps twitching since I sprayed the vegetables last week, otherwise well",
])
def test_a_sprayed_crop_with_one_sign_is_calm(text: str) -> None:
    _calm(text)


# -- charcoal or a brazier burned in a room of the home, in English, Spanish or Portuguese (UKHSA / WHO)
@pytest.mark.parametrize("text", [
    "olá, ontem acendemos o braseiro no quarto por causa do frio e hoje o meu pai está com dor de cabeça e tonturas",
    "we kept a charcoal pot in the bedroom overnight for warmth and now my husband and I both have headaches and"
    " feel sick",
    "dejamos el carbón encendido en el dormitorio y mi hijo amaneció con mareos y confundido",
])
def test_coals_burned_in_a_room_with_symptoms_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "tenemos un brasero en la terraza para las visitas, ¿es seguro? nadie tiene síntomas",
    "the electric heater in the living room is on all day, I have a mild headache from work",
])
def test_coals_outdoors_or_without_symptoms_are_calm(text: str) -> None:
    _calm(text)


# -- paraquat or a weedkiller concentrate swallowed, even spat out (TOXBASE paraquat: any ingestion)
@pytest.mark.parametrize("text", [
    "My neighbour swallowed some paraquat from the shed about an hour ago, she says she feels fine",
    "He drank from a water bottle that held concentrated herbicide for the sugar cane and now his throat is burning",
])
def test_paraquat_or_a_concentrate_swallowed_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "my toddler licked a little ready-to-use glyphosate weedkiller off the spray nozzle, no symptoms, what do I do",
    "how much weedkiller concentrate do I mix with water for the driveway?",
])
def test_a_dilute_weedkiller_licked_or_a_concentrate_not_swallowed_is_calm(text: str) -> None:
    _calm(text)


# -- Irukandji syndrome: a sea sting, then back, belly or chest pain with body-wide signs (ARC guideline 9.4.5)
@pytest.mark.parametrize("text", [
    "stung by something while snorkelling off Port Douglas, 40 minutes later terrible back pain, vomiting and sweating"
    " buckets",
    "Snorkeller with a small jellyfish mark on her shin has severe abdominal pain in waves, is agitated and HR 130",
])
def test_a_sea_sting_with_body_wide_signs_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "my daughter got stung by a jellyfish at the beach this morning, red lines on her leg and it stings, no other"
    " symptoms",
    "bluebottle sting on my arm while surfing, vinegar helped a bit, still burning where it touched",
])
def test_a_sea_sting_with_local_pain_is_calm(text: str) -> None:
    _calm(text)


# -- a child's paracetamol counted from the bottle's strength, the weight in pounds (TOXBASE 75 mg/kg)
def test_a_counted_paracetamol_under_the_line_with_a_weight_in_pounds_is_calm() -> None:
    # 6 x 80 mg = 480 mg in 20 kg, 24 mg/kg
    _calm("My 5 year old (44 lbs) got into the bottle of Tylenol 80 mg meltaways and ate 6 of them, she is fine")


@pytest.mark.parametrize("text", [
    # over the line: 10 x 160 mg = 1600 mg in 13.6 kg, 118 mg/kg
    "My 2 year old (30 lbs) got into the bottle of Tylenol 160 mg chewables and ate 10 of them, he is fine",
    # no weight told: the amount cannot be judged, assessed now
    "My 5 year old got into the bottle of Tylenol 80 mg meltaways and ate 6 of them, she is fine",
    # a load lifted in pounds is no child's weight
    "My 5 year old got into the bottle of Tylenol 80 mg meltaways and ate 6 of them while I was lifting 50 lbs of"
    " soil, she is fine",
])
def test_over_the_line_or_without_a_weight_stays_emergent(text: str) -> None:
    _emergent(text)
