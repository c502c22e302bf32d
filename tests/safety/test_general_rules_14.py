"""General rules for what blind triage set 14 showed (first score in test_triage_blind14_report.py),
each written here in other words than the set uses: the emergencies that must alarm, the
look-alikes that must stay calm, and the near misses of each new rule that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- an abdomen examined for an aneurysm and found without one ("no pulsatile mass") is not a
#    pulseless limb: the negation reaches the mass (NICE NG156 asks for the mass, not its absence)
@pytest.mark.parametrize("text", [
    "Ureteric colic on the left, settling with analgesia. Abdomen soft; no pulsatile mass palpable.",
    "Right loin pain radiating to the groin for 3 hours. There is no pulsatile mass. Obs normal.",
])
def test_no_pulsatile_mass_is_renal_colic_not_an_aneurysm(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    "back pain since this morning and a pulsatile mass in the abdomen, he is 74",
    "cold pale left leg since an hour ago, no pulses in the foot",
])
def test_pulsatile_mass_and_pulseless_limb_stay_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a "non-pregnant" woman is not pregnant; a pregnant one with cystitis stays same-day (NICE NG109)
def test_non_pregnant_cystitis_is_routine() -> None:
    assert _level("Non-pregnant woman of 40 with 2 days of dysuria and frequency, afebrile, no loin pain.") == "routine"


def test_cystitis_in_pregnancy_stays_urgent() -> None:
    assert _level("I'm 20 weeks pregnant and it burns when I pass urine, going all the time") == "urgent"


# -- "I don't know what to do / who to call" is a question, not disorientation (NEWS2 new confusion)
@pytest.mark.parametrize("text", [
    "sore throat for 3 days and I dont know who to ask about it",
    "my knee has been sore for a week, I don't know where to go for a scan",
])
def test_not_knowing_what_to_do_is_not_confusion(text: str) -> None:
    assert _level(text) != "emergent", text


def test_not_knowing_what_day_it_is_stays_emergent() -> None:
    assert _level("since this morning dad doesn't know where he is or what day it is") == "emergent"


# -- "overdosed on" a food is excess eating, not a poisoning; a medicine overdose stays emergent
@pytest.mark.parametrize("text", [
    "pretty sure I overdosed on chocolate cake at the party, feel sick",
    "we all overdosed on hot sauce and chillies last night, tummy is rumbling",
])
def test_overdosed_on_food_is_not_an_overdose(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    "I think I overdosed on my sertraline an hour ago",
    "my brother overdosed on his sleeping tablets",
])
def test_medicine_overdose_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a product's warning about seizures and a child who "has never had a fit" is no fit; a first
#    fit in a child stays an emergency (NHS: 999 for a first seizure)
@pytest.mark.parametrize("text", [
    "the TV box set has a label warning about seizures from strobe effects, my daughter is 7 and has never had a fit",
    "my 9 year old has never had a fit, is it ok for her to go to a laser show? the leaflet warns of seizures",
])
def test_seizure_warning_label_is_not_a_seizure(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "my 8 year old just had a fit while playing his video game, first ever, he's sleepy now",
    "my daughter is 5 and had a seizure this morning, she has never had one before",
])
def test_a_first_fit_in_a_child_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- Bell's palsy told with the forehead as subject ("the forehead won't move / does not wrinkle")
#    takes in the forehead: a lower motor neurone palsy, same day (NICE CKS Bell's palsy)
@pytest.mark.parametrize("text", [
    "Since waking her left face droops and the left brow won't lift. Limbs and speech normal.",
    "His mouth is drooping on the right and the right side of his forehead doesn't wrinkle when he looks up.",
])
def test_droop_with_the_forehead_involved_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "his face has dropped on the left and he can wrinkle his forehead fine",
    "her face is drooping on one side and the forehead moves normally",
])
def test_droop_sparing_the_forehead_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- "am I having a stroke?" after a leg went to sleep on the toilet or cross-legged: pressure on
#    a nerve (NINDS "Paresthesia"), like set 13's arm slept on; a real sign still fires
@pytest.mark.parametrize("text", [
    "am I having a stroke haha, sat cross-legged on the floor for an hour and my foot fell asleep, fine now",
    "is this a stroke?? I was having a stroke of panic lol, my leg went to sleep sitting on the loo, all good now",
])
def test_stroke_named_after_a_sleeping_leg_is_not_a_stroke(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    "am I having a stroke? sat on the toilet and now the left side of my face is drooping",
    "I think I'm having a stroke, my words are coming out jumbled",
])
def test_stroke_named_with_a_sign_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- Scots English: "no making sense", "cannae lift", a mouth gone "squint" are BE-FAST signs
@pytest.mark.parametrize("text", [
    "ma granny's no making sense since her dinner and her face has gone squint",
    "he cannae hold his pint in his left hand since an hour ago, keeps dropping it",
    "she's mixing her words up since lunchtime",
])
def test_scots_stroke_signs_are_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "she has had a squint in her left eye since she was a baby",
    "there's no bleeding and she's no vomiting, just a sore knee",
])
def test_scots_look_alikes_stay_calm(text: str) -> None:
    assert _level(text) != "emergent", text


# -- a coronary syndrome felt in the jaw or shoulder, told in Indian English ("paining"), with
#    sweating and vomiting (AHA/ACC 2021 chest pain guideline: anginal equivalents)
@pytest.mark.parametrize("text", [
    "papa's jaw is paining since an hour, he is sweating a lot and vomited twice",
    "her left shoulder is paining badly, she is pale and sweaty and feeling like vomiting",
])
def test_anginal_equivalent_paining_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


def test_a_paining_shoulder_alone_is_not_emergent() -> None:
    assert _level("my shoulder is paining after badminton yesterday") != "emergent"


# -- ectopic pregnancy (NICE NG126): a period weeks late with pain and shoulder-tip pain or fainting
@pytest.mark.parametrize("text", [
    "my period's maybe 2 weeks late, now bad pain low on the left and a pain at the tip of my right shoulder",
    "period is about six weeks late, cramping low in my tummy and I nearly fainted in the shower",
])
def test_possible_ectopic_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


def test_a_late_period_alone_is_not_emergent() -> None:
    assert _level("my period's a week late and I feel fine, should I do a test?") != "emergent"


# -- antepartum haemorrhage after 20 weeks (RCOG Green-top 63): the gestation after an obstetric formula
@pytest.mark.parametrize("text", [
    "G2P1, 33 weeks, constant abdominal pain and some dark red bleeding since this morning",
    "G4 P3; 28 wks, vaginal bleeding and a tender uterus",
])
def test_bleeding_after_20_weeks_after_a_formula_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


def test_a_formula_in_early_pregnancy_with_spotting_stays_urgent() -> None:
    assert _level("G2P1, 8 weeks, a little brown spotting, no pain") == "urgent"


# -- a button battery possibly swallowed (NPIS / NHS: an emergency even without symptoms)
@pytest.mark.parametrize("text", [
    "the round battery from the TV remote is missing and my 2 year old was playing with it",
    "toddler had the car key fob, the little disc battery is gone",
])
def test_missing_button_battery_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


def test_a_flat_phone_battery_is_not_an_ingestion() -> None:
    assert _level("my phone battery is dead and my son is bored, any games for a 4 year old?") == "routine"


# -- a slow pulse with presyncope (RCUK bradycardia algorithm: syncope is an adverse feature)
@pytest.mark.parametrize("text", [
    "pulse 38 on my machine and my vision went black when I stood up",
    "HR 36, he says everything goes dark for a second and he has to hold on to something",
])
def test_slow_pulse_with_greying_out_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


def test_slow_pulse_in_an_athlete_without_symptoms_is_not_emergent() -> None:
    assert _level("I'm a marathon runner and my resting pulse is 39, feel great") != "emergent"


# -- cauda equina (GIRFT 2023): back pain with new hesitancy or reduced perianal sensation
@pytest.mark.parametrize("text", [
    "Low back pain for a week; since this morning difficulty starting to pass urine.",
    "Back pain after lifting. On examination reduced perianal sensation and weak ankle plantarflexion.",
])
def test_cauda_equina_signs_are_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


def test_long_standing_hesitancy_with_back_ache_is_not_emergent() -> None:
    assert _level("75 year old with a bit of back ache, has had to strain to start his wee for years, prostate") != "emergent"


# -- testicular torsion on examination (NICE CKS scrotal pain): high-riding horizontal testis, no
#    cremasteric reflex
@pytest.mark.parametrize("text", [
    "12-year-old with lower abdominal pain and vomiting; the right testicle is riding high with a horizontal lie.",
    "Teenager with groin pain since 6am. Absent cremasteric reflex on the left, testis exquisitely tender.",
])
def test_torsion_signs_are_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


def test_epididymitis_with_a_normal_testis_is_not_emergent() -> None:
    text = "3 days of gradual scrotal pain with dysuria; epididymis tender, testis lies normally, cremasteric reflex present."
    assert _level(text) != "emergent", text


# -- acute pericarditis (ESC 2015): widespread ST elevation with PR depression, pain eased sitting
#    forward: same day, not a STEMI; ST elevation in a territory stays emergent
@pytest.mark.parametrize("text", [
    "Pleuritic chest pain for 3 days, better leaning forward. ECG: diffuse ST elevation and PR depression. Obs normal.",
    "sharp chest pain since my flu, it hurts lying down and is better when I sit forward",
])
def test_pericarditis_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "Crushing chest pain for 40 minutes; ECG: ST elevation in II, III and aVF.",
    "chest pain and the ambulance ECG says STEMI",
])
def test_territorial_st_elevation_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


def test_pericarditis_named_in_an_exam_question_stays_routine() -> None:
    assert _level("exam q: most likely dx? A) MI B) pericarditis C) PE D) aortic dissection") == "routine"


# -- shock index over 1 in an adult (ATLS 10th ed.): a pulse above the systolic pressure is shock
@pytest.mark.parametrize("text", [
    "I'm 45, diarrhoea for 2 days, my BP is 96/64 and pulse 108, feel ok otherwise",
    "dad is 70, his jaw aches and the machine says BP 94/62 pulse 104",
])
def test_adult_shock_index_over_1_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "my 4 year old has a cold, pulse 120 and BP 95/60 at the GP, playing happily",
    "I'm 30, HR 105 BP 128/80 straight after a run",
])
def test_child_rates_and_a_fast_pulse_with_good_pressure_are_not_shock(text: str) -> None:
    assert _level(text) != "emergent", text


# -- lymphangitis, a red line tracking up from a wound (NICE CKS cellulitis): same day
@pytest.mark.parametrize("text", [
    "scratched my hand on a rose bush 2 days ago and now a red streak is running up my forearm",
    "cut on my foot is sore and there's a red line creeping up towards my ankle",
])
def test_lymphangitis_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


def test_red_lines_on_a_page_are_not_lymphangitis() -> None:
    assert _level("the red lines on my eczema chart going up means it's worse?") != "emergent"


# -- a foreign body in the eye after grinding, drilling or hammering metal (NICE CKS corneal
#    superficial injury: possible high-velocity or intraocular foreign body, same day)
@pytest.mark.parametrize("text", [
    "was using an angle grinder on a gate and now have grit under my right eyelid, watering",
    "drilling into the ceiling and some dust went into my eye, feels like something under the lid",
])
def test_foreign_body_in_the_eye_from_power_tools_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "got some sand in my eye at the beach, rinsed it and it's fine now",
    "I grind my teeth at night and my jaw aches, anything for that?",
])
def test_sand_at_the_beach_and_grinding_teeth_stay_routine(text: str) -> None:
    assert _level(text) == "routine", text


# -- passive thoughts of death without a plan (NICE CG90 / NG225): assess the same day; a plan
#    stays the suicide rules' emergency
@pytest.mark.parametrize("text", [
    "low for months, honestly it wouldn't matter if I never woke up, but I'd never do anything",
    "Low mood for 8 weeks. She says she sometimes hopes she won't wake up; no plans, no intent.",
    "I sometimes wish I didn't wake up in the mornings, no plan though, who do I talk to",
])
def test_passive_death_wish_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


def test_a_plan_stays_emergent() -> None:
    assert _level("I wouldn't mind not waking up and I've been saving up my tablets to take them all") == "emergent"


# -- vomiting in pregnancy with ketonuria (RCOG Green-top 69): same-day assessment
@pytest.mark.parametrize("text", [
    "11 weeks pregnant and throwing up all day, the pharmacy dipstick showed ketones 3+",
    "Primigravida at 8 weeks with vomiting four times a day; urinalysis +++ ketones.",
])
def test_vomiting_in_pregnancy_with_ketones_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


def test_mild_morning_sickness_stays_routine() -> None:
    assert _level("7 weeks pregnant, a bit queasy in the mornings, eating and drinking fine") == "routine"


# -- a child with a new limp, afebrile and well (NICE CKS acute childhood limp): same day; with a
#    fever it stays emergent (septic arthritis)
@pytest.mark.parametrize("text", [
    "my 6 year old has been limping since this morning, no injury, no temperature, still playing",
    "my 7 year old is limping on his right leg since yesterday, no fall, no fever, eating fine",
])
def test_child_with_a_new_limp_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


def test_febrile_child_not_using_a_leg_stays_emergent() -> None:
    assert _level("my 4 year old has a fever of 39 and won't walk on his right leg") == "emergent"
