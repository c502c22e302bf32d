"""General rules for what blind triage set 67 showed (first score in test_triage_blind67_report.py), each
written here in other words than the set uses: a fuel with no flue (coals, a grill, a generator) burned at
work or at home with the door or windows shut or the hood or extractor fan broken, and several people ill
together there (colleagues, "the rest of us"); heaviness in the arm and the jaw told arm first, with a
Tagalog "sa" for "in", and a cold sweat; and an "overdose" of coffee or tea, whose caffeine is far below a
toxic dose, where caffeine tablets or another drug named still fire. Each with the near misses that must keep
their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent


# -- carbon monoxide at work: a fuel burned with the air shut in, people ill together (UKHSA / NHS CO)
@pytest.mark.parametrize("text", [
    "the extractor in our bakery stopped working yesterday and we still lit the wood-fired oven, now two of the"
    " bakers have bad headaches and feel sick",
    "we ran the generator in the workshop with all the windows closed because of the rain, my mate is dizzy and"
    " confused",
    "Our kitchen's vent fan is broken and the coals kept burning all shift; four of our chefs feel sick and"
    " the rest of us have headaches",
])
def test_a_fuel_burned_with_the_air_shut_in_and_symptoms_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # the fan broken, nothing burned and nobody ill
    "the extractor fan over the fryer is broken again, who do I call to fix it before the inspection?",
    # coals outdoors, a headache from the sun
    "we had the charcoal grill going in the garden all afternoon with the patio door shut to keep the smoke out,"
    " I just have a sunburn",
    # activated charcoal is a treatment, not a fuel; a colleague's headache alone
    "one of my staff swallowed some activated charcoal capsules for bloating, the office door was closed,"
    " she says she is fine",
])
def test_a_fan_or_coals_without_a_shut_in_fire_and_symptoms_is_calm(text: str) -> None:
    _calm(text)


# -- heaviness in the arm and the jaw, arm first, with a cold sweat (NICE CG95 1.1.1)
@pytest.mark.parametrize("text", [
    "si lolo is 66, may pressure sa left arm and sa jaw nya for half an hour, malamig ang pawis nya, cold sweat",
    "my husband has had an ache down his left arm and jaw since lunch, he is grey and sweating",
])
def test_heaviness_in_the_arm_and_jaw_with_sweat_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # no sweat, no sickness, no breathlessness: a sore jaw and arm after the gym
    "ache in my left arm and jaw after bench pressing and chewing gum all day, otherwise feel great",
    "heaviness sa left arm ko after carrying the rice sacks, no other symptoms naman",
])
def test_an_arm_and_jaw_without_sweat_is_calm(text: str) -> None:
    _calm(text)


# -- an "overdose" of coffee or tea is no poisoning; caffeine tablets or a drug named still are (TOXBASE caffeine)
@pytest.mark.parametrize("text", [
    "pretty sure I overdosed on espresso today, four shots before noon, a bit shaky but otherwise fine",
    "haha overdosed on iced tea at the barbecue, need to pee every ten minutes, pulse 78",
])
def test_an_overdose_of_coffee_or_tea_with_normal_findings_is_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "my roommate overdosed on caffeine pills, took about 30 of them and is shaking",
    "I think my brother overdosed on his sleeping tablets with coffee, he is very drowsy",
])
def test_caffeine_tablets_or_a_drug_with_coffee_stay_emergent(text: str) -> None:
    _emergent(text)


# -- a relative ill now is no family history (ConText experiencer): what a relative "has had" for minutes,
#    hours or days, or since this morning, is told about them now; the lead found "my uncle has had an ache
#    down his left arm and jaw for an hour, grey and sweating" read routine (NICE CG95)
@pytest.mark.parametrize("text", [
    "my grandad has had a crushing pain in his chest and left arm for about 40 minutes, he's clammy and grey",
    "my brother has had a tight chest going into his jaw since lunch and now he's sweating buckets",
])
def test_a_relatives_emergency_told_with_its_duration_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # a relative's past event and a long-standing condition stay their history
    "my uncle had a heart attack at 52 and my dad has had angina for 20 years, I get a bit of heartburn after curry",
    "my mum has had two strokes in the past, I want to know my own risk",
])
def test_a_relatives_history_stays_calm(text: str) -> None:
    _calm(text)
