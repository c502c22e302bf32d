"""General rules for what blind triage set 61 showed (first score in test_triage_blind61_report.py),
each written here in other words than the set uses: the misses that must now be emergent or urgent, the
over-reads that must now be calm, and the near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level


# -- a young child woken who falls asleep again at once (NICE NG143 red: "does not wake or if roused does
#    not stay awake")
@pytest.mark.parametrize("text", [
    "my son is 2, fever for three days, when we wake him he opens his eyes then falls straight back asleep again",
    "Baby is 9 months, hot since yesterday, and when I rouse her she goes straight back to sleep",
    "4 yr old with a temperature, when I woke him up he looked at me and dozed off again",
])
def test_a_young_child_who_cannot_stay_awake_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "my 3 year old had a busy day at the park, I woke him for tea and he was grumpy but ate it all",
    "when I wake her for nursery she moans but gets up fine, she's 4",
])
def test_a_child_woken_who_stays_awake_is_calm(text: str) -> None:
    _calm(text)


# -- an anginal equivalent (jaw, shoulders, upper stomach) with sweating and breathlessness (AHA/ACC 2021)
@pytest.mark.parametrize("text", [
    "my father is 72 and diabetic, his jaw is aching and he is sweating a lot, bit breathless walking to the car",
    "Aunty is 61, for the last 40 min her shoulders ache, she's clammy and short of breath sitting down",
])
def test_jaw_or_shoulder_ache_with_sweating_and_breathlessness_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "my jaw aches from grinding my teeth at night, is a mouth guard worth it?",
    "I'm sweating a lot at night since menopause and my shoulders ache from the gym",
])
def test_jaw_ache_without_sweating_and_breathlessness_is_calm(text: str) -> None:
    _calm(text)


# -- a breath-holding spell told in the past ("screamed, then held his breath"): no emergency (NICE CKS)
@pytest.mark.parametrize("text", [
    "my 18 month old cried so hard when I said no, then held his breath and his lips went blue for a moment, "
    "then he breathed and was fine",
    "She screamed at bath time, then held her breath and went blue around the mouth for a second, fine after",
])
def test_a_breath_holding_spell_told_in_the_past_is_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "my 2 year old's lips went blue and she is struggling to breathe",
    "his lips are blue and he won't wake up properly",
])
def test_blue_lips_without_a_breath_holding_spell_is_emergent(text: str) -> None:
    _emergent(text)


# -- a sign denied in a list: "talking normally and not drooling" (an examination told back)
@pytest.mark.parametrize("text", [
    "6 year old, temp 38.9, sore throat, eating ice cream, not drooling, no noisy breathing",
    "Fever 38.6 and a sore throat, swallowing his drinks fine and not dribbling",
])
def test_drooling_denied_in_a_list_is_not_an_emergency(text: str) -> None:
    assert level(text) != "emergent"


def test_drooling_with_fever_still_fires() -> None:
    _emergent("my 5 year old has a temp of 39.4, she is drooling and can't swallow her spit")


# -- the side of the lower tummy is not the flank: a brief pull there in pregnancy is no kidney stone
@pytest.mark.parametrize("text", [
    "24 weeks pregnant, a quick stabbing pain on the left side of my lower belly down into the groin when I roll"
    " over, gone in seconds",
])
def test_a_pull_low_in_the_belly_in_pregnancy_is_routine(text: str) -> None:
    assert level(text) == "routine"


def test_loin_pain_to_the_groin_is_still_urgent() -> None:
    assert level("pain in my side going down to my groin in waves since this morning") == "urgent"


# -- a urinary infection in pregnancy told with its strength: "it stings like mad when I wee" (NICE NG109)
@pytest.mark.parametrize("text", [
    "I'm 30 weeks pregnant and it burns so much when I pee, no fever",
    "16 weeks pregnant, it hurts like hell when I wee and I'm up every hour",
])
def test_dysuria_told_with_its_strength_in_pregnancy_is_urgent(text: str) -> None:
    assert level(text) == "urgent"


# -- self-harm with the wish to die denied: a same-day assessment (NICE NG225), with a plan or means told,
#    or without the denial, an emergency
@pytest.mark.parametrize("text", [
    "My 16 year old son told me he cuts himself when he's anxious; he says he doesn't want to die and has no plan",
    "School counsellor: 14-year-old boy with superficial cuts, self-harms to cope, no thoughts of dying",
])
def test_self_harm_with_no_wish_to_die_is_urgent(text: str) -> None:
    assert level(text) == "urgent"


@pytest.mark.parametrize("text", [
    "she cuts when she's upset and last night she said she wanted to die",
    "he self-harms, no wish to die he says, but he has been saving up his tablets",
    "I've been cutting myself again",
    # (a denial told with the word "suicidal" is left to the suicide-word rule's negation: kept emergent)
    "14-year-old who self-harms to cope, denies suicidal ideation",
])
def test_self_harm_with_a_wish_to_die_or_means_stays_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "she cut herself on a bread knife when cooking, it's bleeding a bit",
    "he says he doesn't want to die in hospital, he wants to be at home",
])
def test_an_accidental_cut_or_a_wish_about_where_to_die_is_calm(text: str) -> None:
    _calm(text)
