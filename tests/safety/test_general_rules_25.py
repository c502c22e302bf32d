"""General rules for what blind triage set 25 showed (first score in test_triage_blind25_report.py),
each written here in other words than the set uses: the misses that must now be emergent, the alarms
and level errors that must now be calmer, and the near misses of each new reading that must keep
their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- a child under 5 and one tablet of a "one pill can kill" medicine, told in another language or
#    as a taste of a liquid (TOXBASE / NPIS: emergency department whatever the symptoms)
@pytest.mark.parametrize("text", [
    "mi hijo de 3 años se tragó una pastilla de amlodipino de la abuela, está jugando normal",
    "Córeczka ma 2 lata, połknęła jedną tabletkę metoprololu babci, bawi się normalnie.",
    "meu filho de 2 anos mastigou um comprimido de metadona do avô, parece bem",
    "My 4yo got hold of her grandma's methadone and drank a sip, she seems fine.",
    "Our 18-month-old had a mouthful of grandad's clonidine liquid, he's acting normal.",
])
def test_a_small_child_and_a_one_pill_can_kill_medicine_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # a child on her own prescribed medicine, the dose given as prescribed
    "My 2 year old is on propranolol for a haemangioma, we gave tonight's dose on time, is it ok with calpol?",
    # an adult who took one of a relative's tablets
    "I'm 34 and took one of my mum's amlodipine by mistake, feel fine.",
    # a child's age told in Spanish, with a fever and no medicine taken
    "mi hija de 4 años tiene fiebre y tos desde ayer, ¿le doy paracetamol?",
    # "two years ago" in Portuguese is no age
    "há 2 anos tomei amlodipina e tive tonturas, agora estou bem",
    # "a cough of two months" in Spanish is no infant's age
    "tengo tos de 2 meses y fiebre de 38.5, ¿es grave?",
])
def test_no_child_ingestion_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- diabetic ketoacidosis told by numbers, in Polish, Spanish, or without a glucose (JBDS-IP 2023:
#    ketones >= 3 mmol/L with glucose > 11 or known diabetes; NICE NG18 in children)
@pytest.mark.parametrize("text", [
    "córka 12 lat, cukrzyca typ 1, glukometr pokazuje 31 mmol/L, ketony 3.8, boli ją brzuch",
    "mi hijo tiene diabetes tipo 1, glucosa 350 mg/dl, cetonas 3.2, está muy cansado",
    "Blood ketones 4.1 on my meter, been sick four times and breathing really deep.",
])
def test_dka_told_by_numbers_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


def test_nutritional_ketosis_on_a_diet_is_not_emergent() -> None:
    text = "On keto for a month, my blood ketones are 3.4 this morning, feel great and full of energy."
    assert _level(text) != "emergent", text


# -- symptomatic hyperglycaemia without ketosis (NICE NG28 / CKS: same-day review)
def test_a_high_glucose_with_thirst_and_normal_ketones_is_urgent() -> None:
    text = "Type 2 diabetic, sugar 22 mmol/L for a few days, really thirsty and peeing all the time, ketones 0.2."
    assert _level(text) == "urgent", text


def test_a_high_glucose_after_a_meal_without_symptoms_is_routine() -> None:
    text = "Type 2, my sugar was 17 after a big Christmas dinner, ketones 0.1, no symptoms, feel fine."
    assert _level(text) == "routine", text


# -- post-partum psychosis told without its name (NICE CG192)
@pytest.mark.parametrize("text", [
    "2 weeks postpartum my wife has barely slept for three nights, she's talking nonstop and says the baby is evil.",
    "Since she gave birth 10 days ago my sister hasn't slept in four nights, pacing the flat and talking nonstop.",
    "My partner had our baby 12 days ago. She insists our daughter isn't really hers and won't feed her.",
    "9 days after the birth she has not slept for 3 nights, scrubbing the kitchen at 4 a.m. and laughing at nothing.",
])
def test_postpartum_psychosis_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # a tired new mother up with the feeds
    "I'm 3 weeks postpartum and exhausted, sleeping only 2 hours a night with the feeds, a bit tearful but coping.",
    # pacing with a baby at night is settling her
    "I'm 10 days postpartum and have hardly slept for three nights, she's cluster feeding, I'm pacing the landing "
    "with her at 3am.",
])
def test_a_tired_new_mother_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- a fear of what may happen is no event: a post-jab temperature under 38 °C (NICE NG143)
@pytest.mark.parametrize("text", [
    "My 11 month old had his jabs this morning, temp 37.6, I'm scared he'll have a febrile convulsion, he's feeding fine.",
    "Baby is 8 months, 37.7 after her vaccines, worried she'll have a fit tonight, she's smiling and feeding.",
])
def test_a_feared_fit_after_a_jab_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


def test_a_fit_told_after_a_fear_in_another_clause_stays_emergent() -> None:
    text = "I'm terrified he'll die, my son is having a seizure right now."
    assert _level(text) == "emergent", text


# -- a precordial catch: seconds-long sharp pain at rest, exertion denied, normal observations
def test_a_brief_catch_at_rest_with_exertion_denied_is_not_emergent() -> None:
    text = ("15-year-old with a stabbing pain in the left chest for a second or two while sitting in class, worse "
            "on breathing in, never with exercise. Pulse 72, sats 99%.")
    assert _level(text) != "emergent", text


def test_a_catch_of_seconds_at_rest_is_not_emergent() -> None:
    text = "I'm 19 and get a sharp pain in my chest while lying on the sofa, it lasts a few seconds then it's gone."
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    "Crushing chest pain when I walk up the stairs, comes on with exertion, I'm 58.",
    # rest pain lasting minutes, its onset within seconds
    "Chest pain at rest for 20 minutes now, it came on within seconds.",
    # seconds-long, but with sweating
    "Sharp chest pain at rest lasting a few seconds, but I'm sweating and clammy.",
])
def test_chest_pain_on_exertion_lasting_or_with_sweating_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- croup: stridor only when the child is upset is mild to moderate (Westley; NICE CKS), urgent
@pytest.mark.parametrize("text", [
    "Our 3 year old has croup, barky cough since yesterday, stridor only when she's upset, fine when calm, sats 98.",
    "18 month old with a seal-like cough, he gets stridor when crying but breathing quietly at rest.",
])
def test_stridor_only_when_upset_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "My 2 year old has a barking cough and stridor.",
    "Toddler with croup, stridor even at rest and pulling in under the ribs.",
])
def test_stridor_at_rest_or_unqualified_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a child's paracetamol under 75 mg/kg (TOXBASE): volume x strength or tablets x strength, by weight
@pytest.mark.parametrize("text", [
    "My 4 year old, 18 kg, drank 15 ml of paracetamol 120mg/5ml, she's fine.",
    "Toddler drank 10ml of infant paracetamol 120 mg in 5 ml, he weighs 11 kg and is playing.",
    "My 3 year old (15 kg) ate two 500 mg paracetamol tablets an hour ago, he's well.",
    # (passes on both: Calpol was no medicine to the rules before)
    "My 5-year-old son, 20 kg, swallowed 5 mL of Calpol 120 mg/5 mL while I was upstairs, he's fine.",
])
def test_a_childs_paracetamol_under_75_mg_per_kg_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # over the line: 60 mL x 24 mg/mL in 12 kg = 120 mg/kg
    "My 2 year old, 12 kg, drank 60 ml of Calpol 120mg/5ml.",
    # over the line: 2000 mg in 13 kg
    "My 3 year old (13 kg) ate four 500 mg paracetamol tablets.",
    # under the line but vomiting
    "My 5-year-old son, 20 kg, swallowed 5 mL of Calpol 120 mg/5 mL and has been vomiting.",
    # no amount told
    "My 16 kg toddler drank an unknown amount of calpol.",
])
def test_a_childs_paracetamol_over_the_line_unknown_or_with_symptoms_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- an embedded fish hook (same-day removal and tetanus)
@pytest.mark.parametrize("text", [
    "Caught a fishing hook deep in my index finger while casting, the barb is under the skin and it won't come out.",
    "My son got a lure hook stuck in his earlobe at the lake, it's in past the barb.",
])
def test_an_embedded_hook_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "Pricked my finger on a fish hook, it came straight out, tiny mark, tetanus is up to date.",
    "The hook of this song is stuck in my head all day.",
])
def test_a_hook_that_came_out_or_a_song_is_routine(text: str) -> None:
    assert _level(text) == "routine", text


# -- lower urinary symptoms at 80 or over, without fever (NICE NG109 / UKHSA over-65s: same day)
def test_urinary_symptoms_at_86_are_urgent() -> None:
    text = "My grandad is 86, burning when he wees and going every half hour since yesterday, no temperature, otherwise himself."
    assert _level(text) == "urgent", text


def test_mild_cystitis_at_45_stays_routine() -> None:
    text = "I'm 45, mild cystitis again, burning when I pee, no fever, drinking cranberry."
    assert _level(text) == "routine", text


# -- a swollen red leg whose spreading red patch tells cellulitis: same-day, not a DVT scan in 4 hours
@pytest.mark.parametrize("text", [
    "Gran is 88, her right calf has gone red and swollen over 3 days and the red patch is spreading, temp 37.7, "
    "she's eating well and herself.",
    "My nan is 92 and her left leg is swollen and red and warm, the red area has got bigger since yesterday, she's "
    "chatty and eating.",
    # (passes on both)
    "My dad is 84, his right shin has gone red, hot and swollen since Tuesday and the red area is getting bigger, "
    "temp 37.6, eating and chatting normally.",
])
def test_a_spreading_red_patch_on_a_swollen_leg_in_a_well_old_person_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # the same picture with a clot risk told
    "Her left calf is swollen, red and hot, and the red patch is spreading; she flew back from Australia on Sunday.",
    # a swollen tender calf without a red patch
    "My left calf is swollen and really tender since yesterday.",
])
def test_a_swollen_painful_leg_with_a_clot_risk_or_no_red_patch_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text
