"""General rules for what blind triage set 16 showed (first score in test_triage_blind16_report.py),
each written here in other words than the set uses: the emergencies that must alarm, the
look-alikes that must stay calm, and the near misses of each new rule that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- central chest pain told at the breastbone or sternum (NICE CG95: central or retrosternal pain
#    or pressure radiating to the arm or jaw, with sweating, for more than 15 minutes is an ACS until
#    shown otherwise), however it is framed (gas, acidity, which antacid)
@pytest.mark.parametrize("text", [
    "my mother is 66, diabetic, since half an hour a heaviness behind her sternum moving into her jaw, "
    "she is clammy. she says it is acidity and wants an Eno",
    "Pressure in the centre of my breast bone for an hour now, spreading down my left arm and I am "
    "sweating. Had some Gaviscon for wind, which tablet works better?",
    "tightness across the breastbone since lunch, I'm short of breath and sweaty, probably gas right?",
])
def test_pain_at_the_breastbone_with_acs_features_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # reflux: burning behind the breastbone after meals and lying down, eased by antacids, and a link
    # to exertion denied (NICE CG184 dyspepsia)
    "burning behind my breastbone after a big curry and when I lie flat, gaviscon helps, not related to exercise",
    "Heartburn behind the sternum most nights for a month, eased by antacids; unrelated to exertion.",
])
def test_reflux_at_the_breastbone_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- chest-wall pain: sharp on a twist or a press, or on lifting the arm, in a young adult without a
#    red-flag feature (AHA/ACC 2021: "reproducible with palpation" lowers the likelihood of ACS)
@pytest.mark.parametrize("text", [
    "31F, lots of lifting at my new warehouse job, now the right side of my chest hurts, sharp when i reach "
    "or press on my ribs, and sore raising my arm. breathing fine, nothing else",
    "chest ache since deadlifts at the weekend, hurts lifting my arm and pressing on the muscle hurts. "
    "23 yrs, feel well otherwise",
    "pain on the left of my chest after carrying the sofa, stabbing when I twist round, no other symptoms",
])
def test_chest_wall_pain_after_strain_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # a chest pain that is sharp on twisting but comes with sweating and radiation, or breathlessness
    "chest pain after lifting boxes, sharp when i twist, but now i'm sweating and it goes into my jaw",
    "my chest hurts when i press on it and i am really short of breath",
    "chest pain since carrying the shopping, hurts lifting my arm, and I nearly passed out",
])
def test_chest_wall_words_with_a_red_flag_stay_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a leg or foot numb or "asleep" after kneeling, squatting or sitting cross-legged is pressure on
#    a nerve (NINDS "Paresthesia"); a numb leg without it, a weak leg, a droop or slurred speech stays
#    a stroke sign (BE-FAST)
@pytest.mark.parametrize("text", [
    "knelt at the temple for an hour and my left leg went numb and tingly, fine after a few minutes",
    "squatting to tile the bathroom floor, now my right foot has pins and needles, going off already",
    "after prayers sitting on my heels my right leg was numb for a bit. 52 year old man, is this a stroke?",
    "my foot's gone to sleep from sitting with my legs crossed, my left foot is all tingly",
])
def test_a_leg_numb_after_kneeling_or_squatting_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    "he was kneeling in the garden and his right leg went numb, and now his face is drooping",
    "sat cross-legged for a while and now her left leg is weak and she can't lift it",
    "my left leg has gone numb and tingly out of nowhere, 70 years old",
    "kneeling at church and my right leg went numb, and my words are coming out slurred",
])
def test_a_numb_leg_with_a_stroke_sign_or_without_a_cause_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- warning signs of suicide that combine: letters to one's children with a number or adjective
#    between, a time worked out when no one will be home, and an opioid combination kept back
#    (AFSP warning signs; NICE NG225: ask about plans and means)
@pytest.mark.parametrize("text", [
    "she has written notes to her grown-up children and picked a night when her husband is away",
    "I've been hoarding my dihydrocodeine for a few weeks",
    "He's written letters to his three sons and worked out when the house will be empty on Saturday.",
    "been saving up the co-dydramol the GP gives me",
])
def test_suicidal_planning_signs_are_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "I wrote letters to my two children while they were at summer camp",  # one kind of sign alone
    "we worked out when the flat will be empty so the carpet can be cleaned",
    "taking co-codamol two tablets four times a day for my back, saving up for a new mattress",
])
def test_one_sign_or_ordinary_words_are_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text
