"""General rules for what blind triage set 59 showed (first score in test_triage_blind59_report.py),
each written here in other words than the set uses: the miss that must now be emergent, the over- and
under-reads that must now have their level, and the near misses of each new reading that must keep theirs."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level


# -- seizures with no waking between them, even in known epilepsy: status epilepticus (NICE NG217 / CG137);
#    the "without" or "didn't" of the telling is part of the finding and negates nothing
@pytest.mark.parametrize("text", [
    "My brother has epilepsy. He had a fit on the sofa, then another one straight after without coming round in"
    " between.",
    "Grandad (known epileptic, on keppra) had two seizures at the bus stop and didn't wake up between the seizures",
    "A 34-year-old man with epilepsy has had three convulsions in the last twenty minutes with no recovery between"
    " them.",
    "my daughter has epilepsy, she had one fit then a second fit without regaining consciousness between, what do I do",
    "my wife has epilepsy and her seizures keep coming one after the other",
])
def test_seizures_without_waking_between_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I have epilepsy and had a tonic-clonic seizure this morning that lasted a minute, fully recovered now, can I"
    " still drive?",
    "She has epilepsy, had a seizure in her sleep last night without waking up, she is her normal self today",
    "My son has epilepsy, he had two seizures last month and woke up between them, the neurologist is changing his"
    " lamotrigine",
    "my baby had a feed then another one without waking in between, is that normal at 3 weeks?",
])
def test_one_seizure_recovered_or_waking_between_stays_calm(text: str) -> None:
    _calm(text)


# -- pre-eclampsia after birth told casually around a medicine question: the birth told as having the child
#    ("had our son 5 days ago"), a headache the painkiller "isn't touching", a home monitor's reading "and it
#    says 164/98" (NICE NG133: up to six weeks after the birth; 160/110, or 140/90 with symptoms)
@pytest.mark.parametrize("text", [
    "We had our son 5 days ago. Bad headache since this morning and paracetamol isn't helping, blood pressure"
    " 150/100 on the midwife's machine. Can I take co-codamol while breastfeeding?",
    "Delivered my daughter last week. Borrowed my sister's monitor and it says 164/98. Feel fine otherwise, can I"
    " have a glass of wine?",
    "had a baby boy 12 days ago, headache the co-codamol isnt touching and my fingers are swollen, what can I take"
    " that's safe for breastfeeding?",
    "Had our twins 3 weeks ago. The midwife's monitor, and it says 146/96, and I keep seeing sparkly lights."
    " Is gaviscon ok?",
])
def test_postpartum_preeclampsia_told_around_a_medicine_question_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I had my little boy yesterday, feeling tired and sore, can I take ibuprofen for the stitches?",
    "had my son over last week and he brought a cold, now I have a headache, can I take paracetamol?",
    "had a baby girl 10 days ago, mild headache after a bad night, bp 118/76, can I take paracetamol?",
    "my daughter had a baby last week and her bp machine says 128/80, just checking that's fine",
])
def test_after_birth_without_pre_eclampsia_signs_stays_calm(text: str) -> None:
    _calm(text)


# -- acute chest syndrome in sickle cell disease, the disease told short ("has SS", "HbSS"): two of fever, chest
#    or side pain on breathing in, fast breathing and a low saturation (NICE CKS sickle cell disease; BSH 2015)
@pytest.mark.parametrize("text", [
    "My daughter has sickle cell, she has had a cough since yesterday, it hurts to breathe in and she is breathing"
    " fast. Can she have more ibuprofen?",
    "I'm 24 with HbSS. Sharp pain on the right of my chest when I take a deep breath since this morning and my sats"
    " are 93%. Should I use my oramorph?",
    "Our 9 year old has SS. Temperature 38.3 tonight and he is breathing really fast, can we give calpol and wait?",
    "Nephew (17, has SS) says there is pain on his left side below the ribs when he breathes in, and he is"
    " short of breath walking to the car",
])
def test_acute_chest_syndrome_signs_in_sickle_cell_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I have sickle cell trait and a cold with a cough, a bit breathless on the stairs, can I take lemsip?",
    "I have sickle cell trait and a fever of 38.4 with a sore throat, can I take paracetamol?",
    "My son has sickle cell, he is well, when should he have his flu jab?",
    "He has SS and his usual crisis pain in his legs this morning, paracetamol and ibuprofen taking the edge off",
    "she has SSRIs prescribed for anxiety and a stitch in her side after running",
])
def test_sickle_trait_or_a_well_child_with_sickle_cell_stays_calm(text: str) -> None:
    _calm(text)


# -- the levels: mastitis with a fever is urgent, not an infant's fever (the mother's "2 weeks post partum" is no
#    age and no fever's length: NICE CKS mastitis); a diabetic foot's sore gone red, hot or swollen without a
#    fever is urgent (NICE NG19 1.3.4), with a fever emergent (1.3.3); a potassium of 5.5-6.4 with no dialysis
#    missed is urgent (UK Kidney Association 2020)
@pytest.mark.parametrize("text", [
    "Three weeks postnatal, my right breast has gone red and hard and I've got a temperature of 38.4, still"
    " breastfeeding",
    "im 10 days post partum, breastfeeding, painful swollen lump in my left boob and temp 38.2, can I take"
    " ibuprofen?",
    "Mum has type 2 diabetes, the ulcer on her heel is now red and swollen around it, she has no temperature",
    "my husband has had the sugar for years, he has a blister between his toes and the foot is hot and red",
    "Dad (72, on ramipril and eplerenone) had bloods today, the GP rang to say his potassium is 5.6, he feels fine",
    "K+ 6.1 on routine bloods this morning, on lisinopril, feels well",
    "his potassium is 5.8 now, on ramipril and spironolactone, feels fine",
    "A 29-year-old, four weeks after a caesarean and breastfeeding, has a tender, hot, triangular patch in the lower"
    " inner right breast since yesterday; temperature 38.3 C, HR 84.",
])
def test_mastitis_diabetic_foot_and_raised_potassium_are_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "Grandpa is diabetic on metformin, a sore on the sole of his foot for weeks, now his foot is red and hot and he"
    " has a fever of 38.5",
])
def test_a_diabetic_foot_sore_with_fever_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I'm breastfeeding and my nipples are sore from the latch, no fever, any cream?",
    "had chicken breast for tea and now I'm sick with a temp of 38",
    "my diabetic mum has a small cut on her toe, it looks clean, no redness",
    "I have diabetes and my feet are swollen by the evening in the heat, no sores",
    "my potassium was 5.7 last month but now it's 4.8 on the repeat, all good?",
    "potassium 4.6, sodium 139, all normal on my bloods",
    "my potassium is usually about 5.6 with my kidneys, today's was 5.7, the renal nurse said it's my normal",
    "A 71-year-old woman with CKD stage 4: potassium 5.7 on routine bloods, stable between 5.4 and 5.8 for two"
    " years, no new medicines, well.",
    "I have sugar in my tea, is that bad for my diabetes risk?",
])
def test_breast_foot_and_potassium_near_misses_stay_routine(text: str) -> None:
    assert level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "I'm 2 weeks postpartum and my 2 week old baby has a temperature of 38.1",
    "im 3 weeks post partum, baby is 3 weeks old and floppy with a temp of 38",
])
def test_a_babys_fever_after_birth_still_fires(text: str) -> None:
    _emergent(text)
