"""General rules for what blind triage set 63 showed (first score in test_triage_blind63_report.py), each
written here in other words than the set uses: the misses that must now be emergent or urgent, the
over-reads that must now be calm, and the near misses of each new reading that must keep their level.

Shapes: a birth told as "had bub" and a relative's blood pressure cuff lent to the mother (NICE NG133,
pre-eclampsia after birth); an organophosphate by its agent's name with its lay signs (WHO / TOXBASE); the
chest told as "the front of me" (NICE CG95); postpartum psychosis told as a baby swapped by someone, fast
talk and jumping topics (NICE CG192); a nursing mother's mastitis, whose fever is hers and not her baby's
(NICE CKS mastitis); HIV and rabies post-exposure care (BASHH PEPSE 2021; UKHSA rabies 2024); a
contraceptive pill taken twice called an overdose (TOXBASE, FSRH); a past event dated at a sentence's start
("Last year he had a seizure"); pelvic inflammatory disease told by its signs (BASHH 2019); renal colic
brought down to mild by an NSAID (NICE CKS renal colic); an itchy large local reaction round a sting (NICE
CKS insect bites and stings); a headache's red flag told absent ("not worse on coughing")."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level


# -- pre-eclampsia after birth: the birth told as "had bub", the BP from a relative's cuff (NICE NG133 1.7)
@pytest.mark.parametrize("text", [
    "had bubba 12 days ago, woke with a bad headache and seeing flashing lights, face looks puffy",
    "Had bub 10 days ago. My mum had a BP machine and it reads 166/112, I feel ok",
])
def test_preeclampsia_after_a_birth_told_as_bub_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "had bub 3 weeks ago, bit of a headache from no sleep, BP at the check was 118/76",
    "my mum had a stroke last year and I'm worried about my own headaches, I'm 35",
])
def test_a_tired_mother_or_a_relatives_own_history_is_calm(text: str) -> None:
    _calm(text)


# -- organophosphate poisoning: the agent by name, the cholinergic signs in lay words (WHO / TOXBASE)
@pytest.mark.parametrize("text", [
    "My husband used malathion on the fruit trees this morning and now saliva keeps pouring out of his mouth and"
    " his pupils went tiny",
    "sprayed profenofos on the cotton after lunch, now sweating like crazy and my legs keep jumping by themselves",
])
def test_cholinergic_signs_after_a_named_pesticide_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "sprayed the roses with a bug spray yesterday, feel fine, just a bit of a headache",
    "my pupils looked tiny in the bathroom mirror this morning, is that normal?",
])
def test_a_spray_without_signs_or_small_pupils_alone_are_calm(text: str) -> None:
    _calm(text)


# -- the chest told as the front of the body, with sweating or radiation (NICE CG95)
@pytest.mark.parametrize("text", [
    "pressure across my front like a belt for an hour, I'm clammy and feel sick",
    "my dad, 64, says it's squeezing across the front of him and going into his left arm",
])
def test_a_pain_across_the_front_with_a_cardiac_feature_is_emergent(text: str) -> None:
    _emergent(text)


def test_a_tightness_across_the_front_of_the_thighs_is_calm() -> None:
    _calm("tight across the front of my thighs after squats yesterday, otherwise fine")


# -- postpartum psychosis: a baby swapped by someone, fast talk, ideas jumping, nights without sleep (NICE CG192)
@pytest.mark.parametrize("text", [
    "My wife had our son two weeks ago. She's sure the nurses switched her baby and she won't feed him",
    "since the birth 5 days ago she hasn't slept for 3 nights and flits from topic to topic",
])
def test_psychotic_or_manic_signs_after_birth_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "baby is 10 days old, I'm exhausted, barely slept for three nights with the feeds, but I'm coping",
    "had a baby 6 days ago, I talk quickly when I'm nervous, is that normal?",
])
def test_a_tired_new_mother_is_calm(text: str) -> None:
    _calm(text)


# -- mastitis: the nursing mother's fever is hers, not her young baby's (NICE CKS mastitis: same day)
def test_mastitis_with_a_fever_in_a_mother_of_a_young_baby_is_urgent() -> None:
    assert level("I'm feeding my 6 week old and my right breast is hot and swollen with a hard lump, temp 38.9 and"
                 " shivery") == "urgent"


@pytest.mark.parametrize("text", [
    "breastfeeding my 4 week old and she has a temperature of 38.2 and is sleepy",
    "breastfeeding my 5 week old, mastitis in my left breast, now temp 39.5 and I'm confused and can't stand",
])
def test_a_young_babys_fever_or_a_mothers_sepsis_stays_emergent(text: str) -> None:
    _emergent(text)


# -- HIV post-exposure prophylaxis within 72 hours (BASHH/BHIVA PEPSE 2021)
@pytest.mark.parametrize("text", [
    "the condom split with my boyfriend about 30 hours ago and he's just told me he has HIV but hasn't been taking"
    " his meds",
    "needlestick from a used needle of a patient with HIV this morning at work",
    "had unprotected anal sex as the bottom with a guy from an app yesterday, don't know his status",
])
def test_a_recent_exposure_to_hiv_is_urgent(text: str) -> None:
    assert level(text) == "urgent"


@pytest.mark.parametrize("text", [
    "my partner is HIV positive and undetectable for years, the condom broke last night",
    "condom broke 3 weeks ago with someone who said he was HIV positive, should I get tested?",
])
def test_an_undetectable_source_or_an_old_exposure_is_routine(text: str) -> None:
    assert level(text) == "routine"


# -- rabies: a mammal's bite or scratch abroad, skin broken or not (UKHSA 2024; WHO 2018 category II-III)
@pytest.mark.parametrize("text", [
    "We're on holiday and a stray cat scratched my daughter's arm yesterday, it bled a little",
    "got back from Vietnam last week; a dog nipped my ankle there, the skin wasn't broken",
])
def test_a_mammals_bite_or_scratch_abroad_is_urgent(text: str) -> None:
    assert level(text) == "urgent"


@pytest.mark.parametrize("text", [
    "our cat scratched my hand while I was clipping her claws at home, just a small scratch",
    "the neighbour's dog was a bit grumpy this morning but didn't touch us",
])
def test_a_pets_scratch_at_home_or_a_dog_a_bit_grumpy_is_routine(text: str) -> None:
    assert level(text) == "routine"


# -- a contraceptive pill taken twice called an overdose (TOXBASE: low toxicity; FSRH: no action)
def test_a_contraceptive_pill_taken_twice_is_routine() -> None:
    assert level("think I OD'd on my Rigevidon, took yesterday's and today's together this morning, feel normal") == "routine"


@pytest.mark.parametrize("text", [
    "overdosed on my mini pill and 20 paracetamol on purpose",
    "I overdosed on my contraceptive pills, took the whole pack because I want to die",
])
def test_a_pill_overdose_with_another_drug_or_intent_is_emergent(text: str) -> None:
    _emergent(text)


# -- a past event dated at the start of its sentence ("Last year ...", "Two years ago ...")
def test_an_event_dated_at_a_sentences_start_is_history() -> None:
    _calm("Two years ago she had a seizure with a high temperature and was in hospital. Now she has a runny nose and"
          " 37.8, playing happily.")


@pytest.mark.parametrize("text", [
    "Last year he had a fit, but now he is fitting again and his lips are blue",
    "He had a stroke last year. Today his face is drooping and he can't lift his arm",
])
def test_what_happens_now_after_a_dated_event_still_fires(text: str) -> None:
    _emergent(text)


# -- pelvic inflammatory disease told by its signs (BASHH 2019; NICE CKS PID: antibiotics the same day)
@pytest.mark.parametrize("text", [
    "28F, five days of pelvic pain, dyspareunia and a purulent discharge, temp 37.9",
    "sexual health clinic: lower abdominal pain for 4 days; on examination adnexal tenderness bilaterally",
])
def test_pelvic_pain_with_signs_of_pid_is_urgent(text: str) -> None:
    assert level(text) == "urgent"


@pytest.mark.parametrize("text", [
    "sex has been painful since the menopause because of dryness, no bleeding or discharge",
    "period pains in my lower tummy every month, heavy but normal for me",
])
def test_dryness_or_usual_period_pain_is_routine(text: str) -> None:
    assert level(text) == "routine"


# -- renal colic brought down to mild by an NSAID: same day, not an ambulance (NICE CKS renal colic)
def test_renal_colic_eased_to_mild_is_urgent() -> None:
    assert level("35-year-old, sudden severe left loin pain coming in waves into the groin since 6 am, now 2/10"
                 " after a diclofenac injection, temp 36.9") == "urgent"


@pytest.mark.parametrize("text", [
    # from 60 an aortic aneurysm tells itself as renal colic
    "68-year-old, sudden severe left loin pain coming in waves into the groin since 6 am, now 2/10 after a"
    " diclofenac injection, temp 36.9",
    "35-year-old, sudden severe left loin pain coming in waves into the groin since 6 am, still 9/10 after a"
    " diclofenac injection",
])
def test_colic_at_60_or_not_eased_stays_emergent(text: str) -> None:
    _emergent(text)


# -- an itchy red swelling round a sting is a large local reaction (NICE CKS insect bites and stings)
def test_an_itchy_swelling_round_a_sting_is_routine() -> None:
    assert level("a bee stung my ankle yesterday; today a warm, red, swollen area about 8 cm across that is very"
                 " itchy, no fever") == "routine"


@pytest.mark.parametrize("text", [
    "a bee stung my ankle 4 days ago; today a warm, red, swollen area about 8 cm across, itchy, and pus is coming"
    " out of the middle",
    "got stung by a wasp 3 days ago, now a warm red patch on my arm with red streaks going up towards the elbow,"
    " it's itchy",
    "got stung by a wasp yesterday; now a warm, red, swollen area on my forearm",
])
def test_a_sting_with_signs_of_infection_or_no_itch_stays_urgent(text: str) -> None:
    assert level(text) == "urgent"


# -- a headache's red flag told absent: "not worse on coughing or bending" (NICE CG150 1.1.1)
def test_a_headache_not_worse_on_coughing_is_routine() -> None:
    assert level("a dull band-like headache most evenings for three weeks, not worse on coughing or bending, eases"
                 " with ibuprofen") == "routine"


def test_a_headache_worse_on_coughing_stays_urgent() -> None:
    assert level("a headache for two weeks that is worse when I cough or bend over") == "urgent"
