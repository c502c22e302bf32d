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


# -- sick-day rules in known diabetes: blood ketones under 0.6 mmol/L are normal and the high glucose
#    is managed at home; 1.5-2.9 is a risk of DKA (urgent), 3.0 or more is DKA (Diabetes UK; JBDS-IP)
_SICK_DAY = "19 yo type 1 diabetic with flu, sugars 15-18 mmol/L all day, eating and drinking ok, blood ketones {}"


def test_normal_ketones_in_known_diabetes_is_routine() -> None:
    assert _level(_SICK_DAY.format("0.4 mmol/L")) == "routine"


def test_raised_ketones_are_urgent() -> None:
    assert _level(_SICK_DAY.format("1.8 mmol/L")) == "urgent"
    assert _level("my son has type 1, sugar 12 mmol/L, ketones 2.1 on his meter, otherwise ok") == "urgent"


def test_dka_range_ketones_are_emergent() -> None:
    assert _level(_SICK_DAY.format("3.4 mmol/L")) == "emergent"


@pytest.mark.parametrize("text", [
    # a new high glucose (no diabetes known) or one with an infection to treat keeps its urgency
    "54, weeks of thirst and weeing at night, finger prick glucose 17 mmol/L today, ketones 0.2",
    "type 2 diabetic with a chest infection, sugars 16 mmol/L, ketones 0.3 mmol/L",
    "on insulin, has a UTI since Monday, glucose 19 mmol/L, ketones 0.5 mmol/L",
])
def test_high_glucose_with_normal_ketones_but_new_or_infected_stays_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


# -- yellow crust or discharge gluing the lids is conjunctivitis (NICE CKS: self-care), not jaundice
def test_lids_glued_with_yellow_discharge_is_not_jaundice() -> None:
    assert _level("woke up and both eyes crusted with yellow gunk, bit gritty, vision fine") == "routine"


def test_yellow_whites_of_the_eyes_stay_urgent() -> None:
    assert _level("the whites of his eyes have gone yellow this week") == "urgent"


# -- cellulitis: the skin round a wound red and hot, or an area of red, warm skin with other
#    adjectives between (NICE NG141); sunburn across the shoulders is no patch
@pytest.mark.parametrize("text", [
    "grazed my calf on a bike pedal 2 days ago, the skin around the graze is red, hot and puffy, larger than yesterday",
    "She has an 8 cm area of hot, red, swollen skin on her forearm around a spider bite.",
])
def test_red_hot_skin_round_a_wound_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


def test_sunburn_is_not_cellulitis() -> None:
    assert _level("my shoulders are red, warm and tender after a day at the beach") == "routine"


# -- sudden hearing loss with tinnitus in one ear (NICE NG98: ENT within 24 hours); a long-standing
#    loss is not sudden
def test_sudden_muffled_hearing_with_tinnitus_is_urgent() -> None:
    assert _level("woke this morning with muffled hearing and buzzing in my left ear, no pain or discharge") == "urgent"


def test_long_standing_sensorineural_loss_is_not_urgent() -> None:
    assert _level("I have had a sensorineural hearing loss for years and wear hearing aids") == "routine"


# -- an object pushed up a child's nose: same-day removal (NICE CKS foreign body in the nose)
@pytest.mark.parametrize("text", [
    "my 2 yo shoved a dried pea up his nose half an hour ago, he is happy and breathing fine",
    "there's a bit of lego stuck in her nostril, she's 4",
])
def test_nasal_foreign_body_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


def test_a_nasal_spray_is_no_foreign_body() -> None:
    assert _level("how do I use the steroid nasal spray, do I put it up my nose and sniff?") == "routine"


# -- an ankle injury meeting the Ottawa rules: malleolar tip or posterior edge tenderness, or four
#    steps impossible, needs an X-ray (Stiell 1993; NICE CKS sprains and strains)
@pytest.mark.parametrize("text", [
    "Twisted her ankle stepping off a kerb; bony tenderness at the posterior edge of the medial malleolus.",
    "went over on my ankle at squash, can't put any weight on it",
])
def test_ankle_injury_meeting_ottawa_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


def test_ankle_sprain_walking_without_bone_tenderness_is_routine() -> None:
    assert _level("rolled my ankle yesterday, a bit swollen on the outside, walking on it fine") == "routine"


# -- a current episode told with its length after a history ("with previous stones had three hours
#    of ...") is today's, not the history's (NICE CKS renal colic: same-day assessment)
def test_renal_colic_after_a_history_of_stones_is_urgent() -> None:
    text = ("A 47-year-old with a past history of renal calculi had three hours of loin-to-groin pain "
            "this morning, now settled with ibuprofen.")
    assert _level(text) == "urgent"


def test_an_old_history_of_stones_alone_is_routine() -> None:
    assert _level("history of kidney stones ten years ago, asking about drinking more water") == "routine"
