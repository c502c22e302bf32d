"""Frostbite that has not recovered on rewarming is same-day (Wilderness Medical Society frostbite
guideline 2019); frostnip that rewarmed pink with normal feeling is not."""

from __future__ import annotations

import pytest

from tests.safety.floors import level


# -- frostbite: skin still white, grey or numb, or blisters, after rewarming
@pytest.mark.parametrize("text", [
    "Walked home in sub-zero temperatures without gloves; warmed my hands an hour ago but two fingertips are still white and numb",
    "caught frostbite on my toes while climbing, now they have blisters",
    "snowboarding yesterday, the ear rewarmed but its tip has stayed grey",
    "the sensation in my little toe hasn't come back since the ice climbing trip",
    "after thawing them out by the fire his fingers remain waxy and hard",
])
def test_frostbite_not_recovered_on_rewarming_is_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "Got frostnip on my cheeks in the wind chill, after warming they went pink and feel normal",
    "my skiing boots rubbed and I have a blister on my heel",
    "fingers went white and tingly in the snow, warmed them and the colour came back",
])
def test_frostnip_that_recovered_stays_routine(text: str) -> None:
    assert level(text) == "routine", text
