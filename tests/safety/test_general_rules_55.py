"""General rules for what blind triage set 55 showed (first score in test_triage_blind55_report.py),
each written here in other words than the set uses: the look-alike alarms that must now be calm, the
same-day problems that must now read urgent, and the near misses of each new reading that must keep
their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level


# -- a vitamin "overdose" of a capsule or two, the vitamin's own tablets the only thing taken (TOXBASE
#    vitamin D: low acute toxicity); the vitamin's form is no other medicine
@pytest.mark.parametrize("text", [
    "I think I overdosed on my vit D3, took 3 softgel capsules of 2000 IU instead of one. I'm 40 and well.",
    "Accidentally overdosed my vitamin B12 - swallowed 2 tablets this morning instead of 1, feel fine",
    "did a small overdose of vitamin E by mistake, took two capsules not one, no other meds",
])
def test_a_vitamin_taken_twice_is_not_emergent(text: str) -> None:
    assert level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "I overdosed my vitamin D on purpose last night, took 6 capsules",
    "I overdosed my vit D, took 3 tablets, and took my tramadol as well",
    "I overdosed my vitamin D and took some oxycodone, now I'm very drowsy",
    "Took 45 vitamin D capsules to overdose",
    "my 2 year old overdosed on iron tablets, swallowed about 8",
    "overdosed on vitamin C, took 2 pills plus 24 paracetamol",
])
def test_a_real_overdose_beside_a_vitamin_still_fires(text: str) -> None:
    _emergent(text)


# -- a skin tear on a blood thinner whose bleeding stopped with pressure and that is closed or dressed
#    (ISTAP 2018): reviewed at the next dressing, not the same day; a title's initial is no temperature
@pytest.mark.parametrize("text", [
    "Nursing home nurse: Mrs K, 90, on rivaroxaban, scraped her shin on the bed rail, a 3 cm skin tear."
    " The bleeding stopped with pressure after ten minutes and we laid the flap back and put Steri-Strips on."
    " She's her normal self.",
    "Dad (86, on warfarin) has a small skin tear on the back of his hand from the car door, bleeding has stopped"
    " and it's dressed, he is fine",
])
def test_a_stopped_dressed_skin_tear_on_a_blood_thinner_is_routine(text: str) -> None:
    assert level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "Nan is 89 and on edoxaban, skin tear on her shin, bleeding stopped with pressure but the flap is still hanging loose",
    "Mum, 81, on apixaban, skin tear on her forearm, it stopped after 10 minutes but started again through the dressing",
    "Grandad on warfarin has a skin tear on his arm from the door frame, keeps oozing",
])
def test_a_skin_tear_on_a_blood_thinner_open_or_bleeding_again_stays_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "Gran is 88 and on apixaban, she fell and banged her head on the door, small cut, bleeding stopped with"
    " pressure and dressed, seems herself",
    "On warfarin, skin tear on my leg that won't stop bleeding even with pressure after 30 minutes",
])
def test_a_head_injury_or_a_bleed_that_will_not_stop_on_a_blood_thinner_still_fires(text: str) -> None:
    _emergent(text)


def test_a_bare_t_still_reads_a_temperature() -> None:
    assert level("Obs: T 39.4, HR 128, RR 26, BP 86/50, confused") == "emergent"


# -- a postnatal or surgical wound discharging pus-coloured or smelly fluid, or its edges apart (NICE NG194
#    1.4.5 / NG125): same-day review
@pytest.mark.parametrize("text", [
    "Had my baby 10 days ago and had an episiotomy, it's stinging and there's greenish ooze on my pad",
    "Gave birth last week with a second degree tear, the stitches have come apart and it really hurts",
    "26F, day 8 after forceps delivery with perineal repair: wound discharge with a foul smell, afebrile",
    "Appendix out 6 days ago, the incision edges are coming apart a bit",
])
def test_an_infected_or_open_wound_after_birth_or_surgery_is_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "Perineal stitches are sore when I sit down, 6 days after birth, no discharge, healing well",
    "C-section 3 weeks ago, scar healing nicely, a bit itchy",
])
def test_a_healing_wound_stays_routine(text: str) -> None:
    assert level(text) == "routine", text


# -- a fever's day told by its ordinal, the fifth or later (NICE NG143 amber: fever for 5 days or more)
@pytest.mark.parametrize("text", [
    "My son is 3 and it's day 6 of his temperature, still drinking and playing, Calpol helps",
    "It's the fifth day with a fever for my 8 year old, no other symptoms",
    "4yo, 7th day of fevers up to 38.9, coughing, eating a bit",
])
def test_a_fifth_day_of_fever_is_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "Toddler, 2nd day of fever 38.4, playing happily and drinking well",
    "3rd day of temperature for my 6 year old, drinking fine, cold symptoms",
])
def test_an_early_day_of_fever_stays_routine(text: str) -> None:
    assert level(text) == "routine", text


# -- nausea or a lost appetite on digoxin: suspected toxicity, a same-day level (NICE CKS / BNF digoxin)
@pytest.mark.parametrize("text", [
    "My nan takes Lanoxin for her AF, the last three days she's felt queasy and has no appetite, pulse 62",
    "79F on digoxin and a water tablet that was doubled recently, off her food for 3 days, HR 58",
])
def test_nausea_or_anorexia_on_digoxin_is_urgent(text: str) -> None:
    assert level(text) == "urgent", text


def test_digoxin_without_its_signs_stays_routine() -> None:
    assert level("Dad is on digoxin, eating well, no sickness, just wants his repeat prescription") == "routine"


def test_digoxin_toxicity_with_a_slow_pulse_still_fires() -> None:
    _emergent("Grandad is on digoxin, he's been off his food and feeling sick, pulse 42, dizzy")


# -- on insulin, a glucose of 15 or more while ill, ketones normal: sick-day dose advice the same day
#    (Diabetes UK / TREND-UK)
@pytest.mark.parametrize("text", [
    "I'm type 1 on Lantus and NovoRapid, got flu since Tuesday, sugars 17 and 18 today, ketones 0.2, eating ok",
    "type 1, insulin pump user, tummy bug, BGs 21 mmol/L, ketones 0.3, keeping fluids down",
])
def test_high_glucose_while_ill_on_insulin_is_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "Type 2 on metformin only, have a bad cold, sugar 16 today, ketones 0.3, eating and drinking",
    "On insulin, sugars 16 after a big birthday meal, ketones 0.1, feel fine",
])
def test_high_glucose_without_insulin_or_illness_stays_routine(text: str) -> None:
    assert level(text) == "routine", text


def test_ketoacidosis_on_insulin_still_fires() -> None:
    _emergent("Type 1 on insulin, flu for 2 days, CBGs 24, ketones 3.8, vomiting and breathing fast")


# -- no bowel action for 3 days or more on a strong opioid: laxatives and impaction reviewed the same day
#    (NICE CKS palliative care constipation)
@pytest.mark.parametrize("text", [
    "My dad has lung cancer and takes oxycodone twice a day, he hasn't had a poo for 4 days and feels uncomfortable",
    "Mum's on a fentanyl patch for her bone pain, BNO x6/7, passing wind",
])
def test_no_bowel_action_for_days_on_a_strong_opioid_is_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "I take codeine for my back and haven't had a poo for 4 days",
    "On morphine for a week now, constipated for 2 days",
    "On oxycodone, bowels opened this morning, no problems",
])
def test_a_weak_opioid_or_a_short_stop_stays_routine(text: str) -> None:
    assert level(text) == "routine", text


def test_obstruction_on_an_opioid_still_fires() -> None:
    _emergent("On morphine for cancer pain, bowels not opened 6 days, now vomiting green and tummy swollen like a drum")


# -- any diarrhoea on oral chemotherapy (UKONS 2023: amber, stop the tablets); a record's count ("x5")
@pytest.mark.parametrize("text", [
    "I'm on Xeloda tablets for breast cancer and have had the runs three times since this morning, feel ok",
    "Mum is on chemo tablets (Lonsurf), diarrhoea twice today",
    "on IV chemo every 3 weeks, watery stools x5 today",
])
def test_diarrhoea_on_chemotherapy_is_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "On capecitabine, no diarrhoea, just a bit tired",
    "Had a tummy bug with loose stools 3 times today, no medicines",
    "On tamoxifen for breast cancer, loose stool once today",
])
def test_chemotherapy_without_diarrhoea_or_diarrhoea_without_chemotherapy_stays_routine(text: str) -> None:
    assert level(text) == "routine", text
