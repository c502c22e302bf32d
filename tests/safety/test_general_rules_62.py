"""General rules for what held-back blind triage set 62 showed (first score in test_triage_blind62_report.py),
each written here in other words than the set uses: the misses that must now be emergent or urgent, the
over-read that must now be calm, and the near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level


# -- a fall on a blood thinner told by the mark it left, with drowsiness or vomiting since (NICE NG232 1.1)
@pytest.mark.parametrize("text", [
    "Grandad is 90 and on apixaban, he slipped in the kitchen and has a bump on his head, now he's sleepier than his"
    " usual",
    "Resident on rivaroxaban found sitting on the floor, bruise over her temple, vomited twice since",
])
def test_a_head_knock_told_by_its_mark_with_a_referral_feature_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "my toddler has a bruise on his forehead from the coffee table last week, he's fine, will it go yellow?",
    "I have a small cut on my scalp from the hairdresser's clippers, how do I keep it clean?",
])
def test_a_mark_on_the_head_without_a_referral_feature_is_calm(text: str) -> None:
    _calm(text)


# -- suicide warning signs told without the words: a letter to one's own, thanks sent round, tablets
#    stored up (AFSP warning signs: two kinds together)
@pytest.mark.parametrize("text", [
    "My brother sold his car, sent long texts thanking his friends and there's a note written to his children on"
    " the table",
    "Flatmate has been giving away her clothes and I found a box of stockpiled pills under her bed",
])
def test_warning_signs_told_without_the_words_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I sent messages thanking everyone who came to the wedding, is it too late to send cards?",
    "We wrote a letter addressed to her parents about the school trip",
])
def test_thanks_or_a_letter_alone_is_calm(text: str) -> None:
    _calm(text)


# -- carbon monoxide: a household ill together, better "during the day at work" (NHS CO poisoning)
def test_a_household_ill_together_near_a_heater_is_emergent() -> None:
    _emergent("All of us have had headaches and felt sick since the new gas fire went in, better during the day at"
              " school and work")


def test_a_household_cold_is_calm() -> None:
    _calm("all of us have had colds this week, the kids are better during the day at school")


# -- "flip floppy" beats are a heart's skips, not a floppy person
def test_flip_floppy_beats_are_not_floppiness() -> None:
    assert level("after too much coffee my heart does flip-floppy beats now and then, no pain, pulse 72") == "routine"


def test_a_floppy_baby_still_fires() -> None:
    _emergent("my 4 month old is floppy and not feeding")


# -- an operation's wound with yellowish discharge (NICE NG125: surgical site infection, same day)
@pytest.mark.parametrize("text", [
    "Had my gallbladder operation 5 days ago, one of the wounds is red and greenish fluid is leaking from it",
    "10 days after surgery on my knee and the wound has yellowish ooze and it's red round the edge",
])
def test_an_operation_wound_with_infected_discharge_is_urgent(text: str) -> None:
    assert level(text) == "urgent"


# -- shingles told as a band of red patches with blisters (NICE CKS shingles: antivirals within 72 hours)
def test_a_band_of_patches_with_blisters_is_shingles() -> None:
    assert level("For two days a band of red blotchy patches with little blisters across my right side, it burns") == "urgent"


def test_a_band_of_patches_without_blisters_is_not_shingles() -> None:
    assert level("There is a band of red patches where my new belt rubs, no blisters") == "routine"
