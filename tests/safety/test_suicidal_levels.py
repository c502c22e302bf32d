"""Levels of suicidal thoughts told with and without a plan (NICE NG225 1.5; the Columbia scale's
items): a passive wish not to be alive, told with a plan denied and something that holds the person
back, is a same-day assessment (urgent), not 999; thoughts of "ending it" beside despair, and the
warning signs of a decision made (a will finished, someone else's leftover medicines kept, a date
picked, no point going on) are emergent. Each reading in several wordings, with its near misses."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level


# -- not wanting to be alive is a passive wish (C-SSRS 1): alone emergent, as before ...
@pytest.mark.parametrize("text", [
    "I don't want to be alive anymore",
    "honestly i dont want to live like this, i don't want to be here",
    "Some days I wish I wasn't here at all",
    "she told her teacher she wishes she had never been born",
    "i'd rather be dead than go back there",
])
def test_a_wish_not_to_be_alive_told_alone_is_emergent(text: str) -> None:
    _emergent(text)


# -- ... and with the plan denied in any wording and a protective factor, urgent (NICE NG225 1.5)
@pytest.mark.parametrize("text", [
    "I don't want to be alive anymore but I have no plan, my son keeps me going",
    "Some days I wish I wasn't here. I do not have a plan and I would never do it because of my kids.",
    "He says he doesn't want to live like this. He doesn't have a plan and says his faith would stop him.",
    "I haven't got a plan, I just wish I wasn't around anymore. My partner is very supportive.",
])
def test_a_passive_wish_with_the_plan_denied_and_protection_is_urgent(text: str) -> None:
    assert level(text) == "urgent", text


# -- a plan for something else is no plan denied: the wish stays emergent
@pytest.mark.parametrize("text", [
    "I don't have a plan for tomorrow. I wish I wasn't here, my daughter keeps me going",
    "we do not have any plans for christmas. i don't want to be alive anymore",
])
def test_a_plan_for_something_else_denies_nothing(text: str) -> None:
    _emergent(text)


# -- "life is pointless" is hopelessness; with thoughts of "ending it" it is ideation (C-SSRS 2)
@pytest.mark.parametrize("text", [
    "I feel like life is pointless, I have been thinking about ending it",
    "everything feels so pointless lately and I've thought of ending it",
    "life is not worth it anymore. been contemplating ending it",
    "I wish I were dead. I keep thinking about ending it",
])
def test_thoughts_of_ending_it_beside_despair_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "life is pointless lately, work is boring and nothing matters",
    "thinking about ending it with my boyfriend, everything feels pointless when we fight",
    "the physio feels pointless, thinking about ending it and trying swimming instead",
    "considering ending it with the gym, it's all so pointless without a coach",
])
def test_pointless_or_ending_it_alone_stays_calm(text: str) -> None:
    _calm(text)


def test_hopelessness_with_the_plan_denied_is_urgent() -> None:
    assert level("life is pointless, but I don't have a plan to do anything about it") == "urgent"


# -- the warning signs of a decision made, two kinds together (AFSP; 988 Lifeline)
@pytest.mark.parametrize("text", [
    "Since his wife died he has finished his will and says there is no point going on.",
    "She has drawn up her will and has kept her husband's leftover oxycodone in her bag.",
    "he's kept his dad's spare tramadol and says he has picked a date",
    "my brother says there's no point carrying on and he has chosen the day",
])
def test_two_signs_of_a_decision_made_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "we have picked a date for the wedding and finished the will with the solicitor",
    "Mum finished her will last month and we picked the date of her hip operation",
    "he kept his sister's leftover antibiotics, can he take them for his cough?",
    "no point going on to the next dose if the rash is back, should I stop it?",
])
def test_one_sign_or_an_ordinary_plan_stays_calm(text: str) -> None:
    _calm(text)


# -- a wish not to live somewhere or with someone is about a home, not a life
@pytest.mark.parametrize("text", [
    "he no longer wants to live in the care home, can he move nearer to us?",
    "I don't want to live with them anymore, how do I get my own GP?",
    "she doesn't want to live alone after the hip operation",
])
def test_not_wanting_to_live_somewhere_stays_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "He doesn't want to live anymore, he told me last night",
    "I don't want to live like this any more",
])
def test_not_wanting_to_live_at_all_is_emergent(text: str) -> None:
    _emergent(text)
