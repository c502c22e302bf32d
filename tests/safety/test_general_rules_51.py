"""General rules for what blind triage set 51 showed (first score in test_triage_blind51_report.py),
each written here in other words than the set uses: the misses that must now be emergent, the urgent
cases that must now read at least urgent, the look-alike alarm that must now be calm, and the near
misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level


def _at_least_urgent(text: str) -> None:
    assert level(text) in ("urgent", "emergent"), text


def _urgent(text: str) -> None:
    assert level(text) == "urgent", text


# -- spots through a pressed glass in an unwell child (NICE NG143 red / NG240): the glass test told first
#    and the spots "still seen"; a carer's "been hot" as a fever and "awful sleepy", "sleepier than usual"
@pytest.mark.parametrize("text", [
    "my boy is 3 and has a temp, I found red spots on his chest and pressed a tumbler on them, I can still see them",
    "Our wee girl (2) has been hot all afternoon and there's a few tiny purple dots on her arms. She's terribly sleepy.",
    "Toddler been hot since lunch, little purplish marks on his ankles, rolled a glass over them and could still see"
    " them",
])
def test_a_rash_seen_through_a_glass_in_an_unwell_child_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "she has a cold and a red rash on her cheeks, I pressed a glass on it and it faded completely",
    "it's been hot all week and my son has a heat rash on his neck, happy and playing",
    "my 4 year old is sleepier than usual after a long day at the beach, no temperature, eating fine",
])
def test_a_fading_rash_hot_weather_and_a_tired_child_stay_calm(text: str) -> None:
    _calm(text)


# -- a taking already dated, asked about at one remove: "if someone took ... at 10pm / two hours ago"
#    (TOXBASE times a paracetamol overdose from the hour it was taken)
@pytest.mark.parametrize("text", [
    "what would happen if my mate swallowed 30 of his mum's co-codamol two hours ago, would he be alright",
    "if someone took about 16 paracetamol at 2am would they be ok by now? asking for me",
    "if a friend had taken a whole pack of sertraline yesterday would she need to go to hospital",
])
def test_a_dated_ingestion_asked_about_as_if_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "if I took 2 paracetamol at 8am can I take more at noon?",
    "if she took 1 ibuprofen at 6pm when can she have calpol",
    "if someone took 20 paracetamol what would happen to their liver? for my pharmacology essay",
])
def test_dosing_questions_and_undated_hypotheticals_stay_calm(text: str) -> None:
    _calm(text)


# -- green (bilious) vomit in a child, in the carer's own language (NICE CG84)
@pytest.mark.parametrize("text", [
    "mi hijo de 2 años, el vómito es verde oscuro desde anoche",
    "mon bébé a 3 semaines, il vomit depuis ce matin et le vomi est vert foncé",
    "my daughter is 4 weeks, she was sick after the feed and the sick was verde, like spinach",
])
def test_green_vomit_in_another_language_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "my 2 week old was sick after his feed, the sick was white, his nappy was green",
    "mi bebé de 3 semanas vomita un poco de leche blanca después de comer, está bien",
])
def test_milky_vomit_and_a_green_nappy_stay_calm(text: str) -> None:
    _calm(text)


# -- DKA before diabetes is named: glucose over 11 with urine ketones ++ or more and vomiting or pain
#    (JBDS-IP 2023), or a child's high glucose with vomiting or deep breathing (NICE NG18 1.4)
@pytest.mark.parametrize("text", [
    "14-year-old boy, 3 days of being sick and stomach pains, lost weight recently. BM 27, urine ketones ++++.",
    "my 7 year old has been sick twice today, the GP did a finger prick and his sugar was 24, he's drinking loads",
    "An 11-year-old with vomiting since the morning and breathing deep and fast. Glucose 31 mmol/L.",
])
def test_dka_before_diabetes_is_named_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "12 year old, glucose 7.2, vomiting since lunch with tummy ache",
    "my 10 year old with type 1 has a tummy bug, sugar 16, ketones 0.3, keeping fluids down",
])
def test_a_normal_glucose_or_normal_ketones_is_not_dka(text: str) -> None:
    _calm(text)


# -- a tense or bulging fontanelle (NICE NG143 red; NG232 1.4), and a denial of it
@pytest.mark.parametrize("text", [
    "my 6 month old has a temp and her soft spot is bulging",
    "7-week-old, irritable with poor feeding, tense anterior fontanelle",
])
def test_a_tense_or_bulging_fontanelle_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "the soft spot is not bulging, he is feeding well and smiling",
    "5 month old with a cold, fontanelle soft, not tense, feeding fine",
])
def test_a_fontanelle_told_soft_or_not_bulging_stays_calm(text: str) -> None:
    _calm(text)


# -- a baby or toddler fallen from furniture with vomiting or drowsiness (NICE NG232 1.1 / 1.4)
@pytest.mark.parametrize("text", [
    "my 9 month old fell off the bed this morning onto the wooden floor and has been sick twice since",
    "Grandson is 20 months old, tumbled down the stairs an hour ago and he's awfully sleepy now",
    "I dropped the baby (10 weeks) off the changing table, she's vomited once and is very quiet",
])
def test_a_small_childs_fall_with_vomiting_or_drowsiness_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "my 2 year old fell off the sofa, cried for a minute then back to playing and eating",
    "toddler rolled off the bed onto the rug last night, not been sick, totally herself today",
    "my 6 month old has been sick twice today after feeds, she rolled over for the first time",
    "my 30 year old brother fell off the sofa and was sick after too many beers",
])
def test_a_fall_without_a_referral_feature_or_at_an_older_age_stays_calm(text: str) -> None:
    _calm(text)


# -- caustics by what they do to a drain or an oven (RCOphth / NICE CKS chemical eye injury; TOXBASE)
@pytest.mark.parametrize("text", [
    "splashed some sink unblocker in my left eye while clearing the sink, it's burning",
    "my toddler drank some pipe unblocker from under the sink",
    "caustic soda flicked into her eye when she was unclogging the shower drain",
])
def test_a_caustic_in_the_eye_or_swallowed_is_emergent(text: str) -> None:
    _emergent(text)


def test_a_caustic_bought_or_used_stays_calm() -> None:
    _calm("I bought some drain unblocker today, does it work on hair in the plughole?")


# -- a baby's heart and breathing rates read against their age with a fever (NICE NG51 / NG143 table 1)
@pytest.mark.parametrize("text", [
    "8-month-old, temp 38.6, HR 152, RR 44, feeding and smiling, no rash",
    "A 10 month old with a fever of 39.0 C and a cold. RR 48, HR 145, alert and playful.",
])
def test_an_infants_rates_under_the_baby_limits_are_not_emergent(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "7 month old, temp 38.9, HR 168",
    "9 month old temp 39 RR 64",
    "18 month old temp 39.2 HR 155",
    "3 year old temp 38.5, RR 45",
])
def test_rates_over_the_age_limits_still_fire(text: str) -> None:
    _emergent(text)


# -- urgent cases: a febrile child's UTI told as crying on weeing, or a nitrite-positive dipstick
#    (NICE NG224 / CG54); a red swollen eyelid with a fever (NICE CKS periorbital cellulitis);
#    moderate asthma in record words (BTS/SIGN 158); a young baby's projectile vomiting (NICE CKS
#    pyloric stenosis); a bite on the hand told with its place first (NICE NG184); a fall on the
#    outstretched hand with a sign over the wrist's bones (NICE NG38)
@pytest.mark.parametrize("text", [
    "my 2 year old son has a temp of 38.4 and screams when he does a wee",
    "4yo with fever 38.9 since this morning, urine dip nitrites positive, eating ok",
    "his upper eyelid is puffy and red after a scratch from the cat yesterday, temp 38.3, eye moves fine",
    "9 year old asthmatic, ventolin 3-hourly since last night, peak flow 65% of her best",
    "my 6 week old's sick shoots out across the room after every bottle, she's starving afterwards",
    "my son got bitten on the side of his right thumb by his aunt's cat this morning, two little punctures",
    "I slipped on ice and landed on my outstretched hand, it's sore over the snuffbox at the base of my thumb",
    "11 year old fell off her bike onto an outstretched arm, wrist is swollen and she can't bend her wrist",
])
def test_urgent_child_and_injury_cases_read_at_least_urgent(text: str) -> None:
    _at_least_urgent(text)


@pytest.mark.parametrize("text", [
    "my 2 year old cries when we put her in the bath, no temp",
    "his eyelid is not swollen, just itchy, with a cold and a temp of 38.2",
    "my 3 week old brings up a little milk after feeds, gaining weight well",
    "fell off her scooter onto her outstretched hands, grazed palms, wrist moves fully and nothing sore",
])
def test_their_near_misses_stay_below_urgent(text: str) -> None:
    assert level(text) not in ("urgent", "emergent"), text


def test_a_4_month_old_at_39_with_normal_rates_is_urgent_not_emergent() -> None:
    _urgent("A 4-month-old girl, temp 39.4 at home, snotty nose. Feeding normally, smiling, HR 154, RR 42, no rash.")


# -- an age told in words ("two years old", "eighteen months old") or after a grandchild ("grandson is 20
#    months") is read, so the age-gated readings above can use it
@pytest.mark.parametrize("text", [
    "Our grandson is two years old, he fell down the stairs this morning and has been sick twice",
    "my granddaughter is 18 months, rolled off the bed and she's very sleepy now",
    "our eighteen months old boy has a fever and little purple spots that won't fade under a glass",
])
def test_an_age_in_words_or_after_a_grandchild_is_read(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "my brother is twenty years old, fell down the stairs at a party and was sick",
    "my granddaughter is 3 years into her degree and has a bad cold",
])
def test_an_adult_told_in_words_or_a_grandchilds_years_of_study_stay_calm(text: str) -> None:
    _calm(text)
