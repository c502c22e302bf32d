"""General rules for what blind triage set 81 showed (first scores in test_triage_blind81_report.py), each written
here in other words than the set uses: dengue's critical phase told as good news (the fever gone after days, then
bleeding gums or nose or vomiting kept up, in a traveller); a heart attack told as indigestion with the arm aching
and sweating; carbon monoxide from a heater run overnight in a shut room, a household and its pet ill; suicide
warning signs told of someone else (a charge handed over "for me", money owed paid back, calm for the first time);
"sem febre" read as the denial it is (a newborn girl's withdrawal bleed stays calm); a man's cystitis, shingles
told as blisters in the band of a pain and a child's swollen wrist after a fall on the hand, each the same day.
Each with the near misses that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level as _level


# -- dengue's critical phase begins as the fever falls (WHO dengue guidelines 2009 / 2012: warning signs, admit)
@pytest.mark.parametrize("text", [
    "We're backpacking in Laos. My friend had a high fever for five days and yesterday her temperature came down,"
    " but now her nose keeps bleeding and she keeps throwing up.",
    "Travelling in Sri Lanka with my daughter (16). Her fever of 39.8 lasted 4 days and has settled today, but she"
    " has vomited 5 times this afternoon and her gums bled at lunch. She just wants to lie down.",
])
def test_warning_signs_as_a_travellers_fever_settles_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # a fever gone abroad, well, no warning sign
    "On holiday in Portugal, my son had a fever for 3 days, it has gone now, he is eating well and playing.",
    # at home, no travel: a nosebleed from picking after flu
    "My son had flu with a fever for four days, it broke yesterday. He had a small nosebleed this morning after"
    " picking it. We live in Leeds and he is eating fine.",
])
def test_a_settled_fever_without_travel_or_a_warning_sign_is_not_emergent(text: str) -> None:
    _calm(text)


# -- a heart attack told as indigestion (NICE CG95 1.1.1: pain in the chest or arm or jaw with sweating)
@pytest.mark.parametrize("text", [
    "My dad, 61, says it's just heartburn, a heavy feeling, but he's gone pale and clammy and his left arm has been"
    " aching for half an hour. Antacids did nothing.",
    "Ma femme dit que c'est une indigestion, but she's sweating buckets and her jaw is aching, she's 66.",
])
def test_indigestion_with_an_aching_arm_or_jaw_and_sweating_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I have heartburn tonight after a spicy curry, burning in my throat, Gaviscon helped and I'm fine now.",
    "My left arm is aching where I had my flu jab yesterday. Otherwise well, a bit of indigestion after dinner.",
])
def test_heartburn_or_an_arm_ache_alone_is_not_emergent(text: str) -> None:
    _calm(text)


# -- carbon monoxide (NICE CKS carbon monoxide poisoning: a fuel-burning heater, others ill, pets too)
@pytest.mark.parametrize("text", [
    "A woman rings from a caravan in Wales: she kept a paraffin heater going all night with the door closed, and"
    " she, her husband and the two boys have pounding headaches and feel sick.",
    "He, his partner and their three kids all have headaches and the cat won't get up; the old boiler has been"
    " making a noise.",
])
def test_a_household_ill_by_a_heater_or_boiler_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # an electric heater has no fumes
    "We had the electric heater on with the windows shut because of the cold and I have a headache from my cold.",
    "Our boiler broke so the house is freezing; I have a mild headache from lack of sleep.",
])
def test_an_electric_heater_or_a_broken_boiler_alone_is_not_emergent(text: str) -> None:
    _calm(text)


# -- suicide warning signs told of someone else (AFSP warning signs; NICE NG225): two kinds together
@pytest.mark.parametrize("text", [
    "Her sister says that since the divorce she has paid back what she owed her flatmate and asked her to take"
    " care of my girls for me. She has been drinking.",
    "My grandson, 19, has been very low; this week he gave away his guitar and his games to friends and today he's"
    " calm for the first time in months.",
])
def test_two_warning_signs_told_of_someone_else_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "Maria asked me to keep an eye on the kids for me while she is at work on Saturday. Is a 9-year-old ok alone?",
    "After the physio my back feels relaxed for the first time in weeks.",
    "He paid back the money he owed his brother once his bonus came in.",
])
def test_one_sign_or_an_ordinary_errand_is_not_emergent(text: str) -> None:
    _calm(text)


# -- a newborn girl's withdrawal bleed (NHS / RCPCH: a little vaginal blood in the first weeks, maternal hormones):
# "sem febre" / "sin fiebre" is the denial of a fever, not a fever under 3 months
@pytest.mark.parametrize("text", [
    "Olá, meu bebê menina tem 6 dias, vi uma gotinha de sangue rosado na fralda e um pouco de secreção branca."
    " Mama bem, faz xixi, sem febre. É normal?",
    "Hola, mi bebé de 8 días tiene una manchita rosada en el pañal, come bien y sin fiebre. ¿Es normal?",
    "My 4-day-old daughter had a tiny pink smear in her nappy with some white discharge. Feeding well, lots of wet"
    " nappies, no fever. Midwife mentioned hormones.",
])
def test_a_newborn_girls_withdrawal_bleed_without_fever_is_not_emergent(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    # a fever under 3 months told in Portuguese (NICE NG143 red)
    "meu bebê tem 3 semanas e está com febre de 38.5, muito sonolento",
    # true neonatal bleeding (NICE CKS: vitamin K deficiency bleeding; haematemesis)
    "My 9-day-old son vomited blood twice this morning and is not feeding.",
])
def test_a_newborns_fever_or_true_bleeding_stays_emergent(text: str) -> None:
    _emergent(text)


# -- same-day care: a man's cystitis (NICE NG109), shingles (NICE CKS: antivirals within 72 h), a child's wrist after
# a fall on the outstretched hand with swelling (NICE NG38: X-ray the same day)
@pytest.mark.parametrize("text", [
    "A 68-year-old man has two days of burning when he passes urine and going every hour. No fever, no back pain.",
    "My husband has cystitis symptoms since yesterday, stinging passing water, he's otherwise fine.",
    "Clusters of small blisters have come up in that band across the left of my back where it has been burning"
    " for two days. Nowhere near my eye.",
    "My son (10) fell off his bike onto his hand. His wrist is painful and quite swollen now, no bend in it, fingers"
    " move fine.",
])
def test_same_day_conditions_read_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # a young woman's uncomplicated cystitis: self-care or pharmacy (NICE NG109)
    "I'm 28 and I think I have cystitis, stinging when I pee since this morning. No fever, no back pain.",
    # a young man's urethritis after sex with a new partner: a sexual health clinic's (BASHH), not a UTI
    "I'm 23, it stings when I pee and there's a discharge from the tip since Monday, after a new partner. No fever.",
    # a fall on the hand with the wrist told well
    "My daughter fell onto her hand at the park; the wrist looks normal, she is using it and playing.",
])
def test_their_near_misses_stay_routine(text: str) -> None:
    assert _level(text) == "routine", text
