"""General rules for what blind triage sets 26 and 28 showed (first scores in
test_triage_blind26_report.py and test_triage_blind28_report.py), each written here in other words
than the sets use: the misses that must now be emergent, the alarms and level errors that must now
be calmer or raised, and the near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- a toddler near a one-pill-can-kill medicine: an age told without "old", a pack short of a count,
#    a child found with the tablets (TOXBASE / Pediatr Drugs 2004: emergency department even if well)
@pytest.mark.parametrize("text", [
    "my son is 3 years, the blister of his grandad's nortriptyline is short of four, he is drowsy",
    "We found him with his uncle's methadone bottle, he's 20 months old and a bit sleepy",
    "Our daughter is 2 years and two are missing from the sheet of my propranolol, she seems fine",
])
def test_a_small_child_and_a_one_pill_medicine_gone_missing_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # the parent's own medicine, all counted, a child mentioned
    "my son is 4 years, I take amitriptyline at night, all tablets accounted for, can he have calpol for a cold?",
    # an adult is "years" into something, no child
    "my wife is 3 years post chemo and doing well",
])
def test_a_parents_medicine_counted_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- severe pre-eclampsia told in Portuguese or Spanish (NICE NG133: severe headache, visual
#    disturbance, sudden swelling, BP >= 160/110 after 20 weeks)
@pytest.mark.parametrize("text", [
    "estoy embarazada de 31 semanas, dolor de cabeza muy fuerte desde anoche",
    "32 semanas de gestação, a pressão deu 162/100 na farmácia, sem sintomas",
    "grávida de 36 semanas, rosto e mãos muito inchadas desde hoje",
])
def test_pre_eclampsia_told_in_portuguese_or_spanish_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # a normal pressure at 30 weeks
    "grávida de 30 semanas, pressão 118/70, tudo bem, posso viajar?",
    # ankles a little swollen at the end of the day, normal pressure
    "I'm 35 weeks, my feet are a bit swollen at the end of the day, bp 118/72",
])
def test_a_normal_pressure_in_pregnancy_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- a coin cell missing near a small child (NPIS / RCEM: button battery, emergency whatever the symptoms)
@pytest.mark.parametrize("text", [
    "my 3 year old was playing with the kitchen scales and the lithium cell from the back is missing",
    "one of the coin cells from her musical card can't be found, she is 18 months and happy",
])
def test_a_missing_coin_cell_near_a_small_child_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # the cell is found, nothing missing
    "my 3 year old has a coin cell toy, the battery cover is screwed shut, is that safe?",
])
def test_a_coin_cell_accounted_for_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- carbon monoxide: a household or a pet ill together, better away from home, a fuel burner
#    (NHS "Carbon monoxide poisoning": two of the three with symptoms)
@pytest.mark.parametrize("text", [
    "A household of three has had headaches and nausea all weekend; the gas heater in the lounge is old",
    "we use a paraffin heater in the caravan, I've had a headache for days and the cat is lethargic",
    "my head pounds at home and I feel sick, but I'm fine while I am out at the shops, we have an old boiler",
])
def test_carbon_monoxide_signs_are_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # a headache and a boiler service, no one else ill, nothing better away
    "I have a tension headache after work, the boiler was serviced last month",
])
def test_a_headache_with_a_boiler_alone_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- settled affairs with a lethal means or a burden told calmly (AFSP warning signs; NICE NG225)
@pytest.mark.parametrize("text", [
    "My uncle has sold all his tools and paid off his loans, and we found weedkiller in his bedroom",
    "She paid back all her debts this week and keeps saying the kids won't need to look after me soon",
    "I've sold my motorbike and sorted everything out so my partner won't have to deal with me",
])
def test_settled_affairs_with_a_means_or_burden_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # selling a car to buy another, a loan paid off: good news
    "Dad sold his car last month and paid off the loan, he's buying a new one",
    # weedkiller in the shed for the garden
    "we keep weedkiller in the shed for the allotment, how long before the dog can go on the grass?",
])
def test_selling_or_paying_off_alone_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- bowel obstruction: green (bilious) vomiting with a swollen belly or no stool, at any age
#    (RCS / NICE CKS: emergency surgical admission)
@pytest.mark.parametrize("text", [
    "The man I care for (52, autism) brought up bright green stuff twice and has had no bowel movement for 5 days",
    "My father's stomach seems really swollen and he threw up green bile this afternoon",
])
def test_green_vomit_with_a_swollen_belly_or_no_stool_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # green vomit after a night out, belly fine
    "I threw up green stuff after drinking too much last night, stomach is fine now",
])
def test_green_vomit_alone_in_an_adult_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- carpal tunnel (NICE CKS): tingling of the thumb side of the hand at night, gone on shaking it
@pytest.mark.parametrize("text", [
    "I'm 81 and my left hand goes numb in the night, I flick it and it's back to normal in a minute",
    "At 29 weeks pregnant my right hand gets tingly and numb when I wake, gets better when I shake it. no weakness",
])
def test_tingling_that_goes_on_shaking_the_hand_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # a numb hand with a weak arm, shaking did nothing
    "my left hand went numb 20 minutes ago and my arm is weak, I shook it but nothing",
])
def test_a_numb_hand_with_a_weak_arm_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a dental block: a droop or numb lip hours after a dentist visit, speech and limbs normal
@pytest.mark.parametrize("text", [
    "got back from the dentist an hour ago, my mouth is drooping on the right and I'm drooling, talking fine",
    "Went for a filling earlier and now the corner of my mouth is drooping, speech fine, arms fine",
])
def test_a_droop_after_the_dentist_today_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # a droop days after the dentist is not the injection
    "went to the dentist 3 days ago, since this morning my face is drooping on the left",
])
def test_a_droop_days_after_the_dentist_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- mild altitude sickness: a saturation of 85-92 % is the altitude's own (WMS 2019); under 85 %
#    or breathless at rest there is HAPE
@pytest.mark.parametrize("text", [
    "Trekking in Peru, slept at 3,900 m, a mild headache and my oximeter says SpO2 88%. Walking fine.",
    "we're above 11,000 ft skiing, oxygen 90% on my watch, a bit of a headache, otherwise fine",
])
def test_a_saturation_of_88_to_90_at_altitude_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    "we're at 4,200 m, my friend is breathless at rest and coughing, SpO2 78%",
    "at 3800m my sats are 82%",
    # at home, 89 % is the NHS 92 % line
    "sats 89% at home, I'm breathless",
])
def test_hape_signs_or_a_low_saturation_at_home_stay_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- pseudo-menses in a newborn girl (oestrogen withdrawal): the midwife named is not a pregnancy
@pytest.mark.parametrize("text", [
    "our daughter is 6 days old and bleeding a little from her vagina, the midwife visits tomorrow, she is feeding well",
])
def test_a_newborns_spot_of_blood_is_routine(text: str) -> None:
    assert _level(text) == "routine", text


def test_bleeding_in_early_pregnancy_stays_urgent() -> None:
    assert _level("I'm 7 weeks pregnant and bleeding, my midwife appointment is next week") == "urgent"


# -- level errors raised to urgent: cellulitis (NICE NG141), perineal or wound infection (NG194,
#    NG125), an INR over 5 (BNF), a central line site (UKONS), a clotted fistula (UKKA / VASBI), a
#    sickle cell crisis (NICE CG143), sudden one-sided hearing loss (NICE NG98)
@pytest.mark.parametrize("text", [
    "Grandpa (81) has a patch of hot, swollen redness on his forearm that has doubled since yesterday",
    "Ten days since my baby was born, my stitches down below smell bad and sting more every day",
    "my gallbladder op was 5 days ago, one of the incisions has gone angry and is weeping",
    "Mum's INR was checked by the nurse on Tuesday and it came back at 5.8, no bruising",
    "my son has a Hickman line for his leukaemia treatment and the skin is red at the insertion site",
    "I'm on dialysis and I can't feel the thrill in my fistula this morning",
    "I have sickle cell and my usual crisis pain in my back started this morning, codeine only taking the edge off",
    "My right ear feels blocked and muffled since I woke up, no pain, no discharge",
])
def test_same_day_problems_are_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "an area of redness on my back from the sun, not spreading, no warmth",
    "my stitches are healing, no smell or discharge, a bit itchy",
    "the redness has gone and the op wound is dry",
    "my INR target is 2.5-3.5, it's 3.1 today",
    "PICC line site looks clean, no redness, chemo next week",
    "my new fistula buzzes nicely, dialysis next week",
    "I have sickle cell trait, should I tell my dentist?",
    "sickle cell disease, had a crisis last year, feeling fine now, can I fly?",
    # a mild flare settling on the usual painkillers
    "HbSS here, slight ache in my hips today, 2/10, my usual paracetamol is settling it",
    # mild altitude symptoms with a saturation of 89 % (NEWS2 scale 2 at altitude)
    "at 3,600 m in Ladakh, a mild headache, SpO2 89%, pulse 90, walking normally",
])
def test_look_alikes_of_the_same_day_problems_stay_routine(text: str) -> None:
    assert _level(text) == "routine", text


# -- over-called: delirium over days in dementia (NICE CG103) and COPD at its own saturation
@pytest.mark.parametrize("text", [
    "Dad has Alzheimer's; over the past few days he's more confused than usual and weeing a lot, 37.7 today",
    "Grandma has COPD, her oxygen usually 90-92, oxygen 91 now, more phlegm than usual and a bit more puffed",
])
def test_delirium_over_days_and_copd_at_its_usual_are_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # within hours in dementia is still an emergency
    "Mum has dementia and since this morning she suddenly doesn't know us",
    # 91 % against a usual of 98 %
    "I'm usually 98% but today my sats are 91 and I'm breathless",
])
def test_sudden_confusion_in_dementia_or_a_fall_from_the_usual_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text
