"""General rules for what blind triage set 15 showed (first score in test_triage_blind15_report.py),
each written here in other words than the set uses: the emergencies that must alarm, the
look-alikes that must stay calm, and the near misses of each new rule that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- a fever from 100.4 F (38.0 C) is a fever in Fahrenheit too, and "grumpier than usual" beside a
#    reading compares today with the usual state: the reading is today's, not a usual value
#    (NICE NG143: any temperature >= 38 C under 3 months is red)
@pytest.mark.parametrize("text", [
    "my boy is 6 weeks old, his temp was 100.5 F and he is grumpier than normal",
    "Baby is 2 months. Temp 100.8° under the arm and more unsettled than usual today",
    "newborn, 10 days old, 100.4 degrees this evening, feeding ok",
])
def test_fever_under_three_months_in_fahrenheit_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "my boy is 7 weeks old, his temp was 100.2 F and he is grumpier than normal but feeding well",
    "she is 8 months old, temp 100.6 F and a bit grizzlier than usual, feeding and weeing fine",
])
def test_no_fever_or_older_infant_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


def test_a_usual_value_stays_a_baseline() -> None:
    # a usual value is still not today's reading ("normally runs at 88%")
    assert _level("he has COPD and his oxygen usually runs at 88% at home, he's his normal self") != "emergent"


# -- a late period told with a fraction ("1.5 weeks late") is a possible pregnancy (NICE NG126)
@pytest.mark.parametrize("text", [
    "my period is about 1.5 weeks late, bad pain in the left side of my tummy and I feel faint, "
    "some brown spotting too",
    "Period was 3.5 weeks late. Now cramping on the right low in her belly, pain at the tip of her shoulder.",
])
def test_late_period_with_a_fraction_and_ectopic_signs_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


def test_late_period_without_pain_stays_calm() -> None:
    assert _level("period is 1.5 weeks late, no pain or bleeding, should i do a test?") != "emergent"


# -- "overdosed on" a vitamin without iron is a double dose of a low-toxicity product (TOXBASE);
#    a medicine overdose, iron and a large number of tablets stay emergent
@pytest.mark.parametrize("text", [
    "oops I overdosed on my vitamin D, took two by mistake this morning",
    "think my husband overdosed on multivitamins, he had 2 today instead of 1",
    "I overdosed on vit b12 lol, took an extra one",
])
def test_vitamin_double_dose_is_not_an_overdose(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    "I overdosed on paracetamol last night",
    "my toddler overdosed on the multivitamins with iron, ate the bottle",
    "overdosed on vitamin c, took 50 of the tablets on purpose",
])
def test_medicine_and_large_vitamin_overdoses_stay_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a diagnosis only asked about ("might this be a fit?") is a guess; the signs told decide
@pytest.mark.parametrize("text", [
    "my daughter (7) has a twitchy eyelid for a few days, might this be a fit?",
    "my lad is 11, the corner of his mouth flickers now and then when tired. could this be seizures?",
])
def test_a_twitch_asked_about_as_a_seizure_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    "my son is 5 and just had a fit, arms and legs jerking for 4 minutes, could it be epilepsy?",
    "my daughter (3) had a seizure 10 minutes ago and is still very drowsy",
])
def test_a_witnessed_fit_in_a_child_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- the forehead involved with its side named between verb and brow ("unable to raise the left
#    half of his brow") is a lower motor neurone palsy, same day (NICE CKS Bell's palsy)
@pytest.mark.parametrize("text", [
    "Since yesterday the left side of his face droops; he is unable to raise the left half of his brow "
    "and his eye won't shut. Limbs normal, speech normal.",
    "her mouth is drooping on the right and she can't wrinkle the right side of the forehead; arms and legs fine",
])
def test_droop_with_the_forehead_involved_by_side_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


def test_droop_sparing_the_forehead_stays_emergent() -> None:
    text = "his mouth is drooping on the left since an hour ago, he can still wrinkle his forehead on both sides"
    assert _level(text) == "emergent", text
