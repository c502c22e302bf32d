"""General rules for what blind triage set 73 showed (first score in test_triage_blind73_report.py), each
written here in other words than the set uses: a stroke's face told with the droop word before the face's
side, in dialect or plain words ("gone all lopsided on the right side of his face"), a carer's "has gone a bit
squint" no longer read as a sign gone away, words told as coming out "mushed" or "slurred", a grip lost "on
the left side", and the Scots negatives ("isnae", "hasnae", "disnae", "didnae") read as negations; a
contact-lens wearer told by the lenses' wear ("I wear two-weekly contacts", "slept in my contacts"), light
sensitivity told as such or as an eye that "can hardly face the light", and a lens denied ("does not wear
contact lenses") no longer counted; a first hot swollen big-toe joint told with an adverb or a hyphen
("exquisitely tender left big-toe joint"); and self-harm denied in the perfect ("hasn't self-harmed"), so a
passive wish with no plan or intent stays same-day. Each with the near misses that must keep their level."""

from __future__ import annotations

import re

import pytest

from medgate.safety.findings.common import CONCEPTS as COMMON_CONCEPTS
from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level as _level


# -- a stroke's face, speech and hand in dialect and plain words (BE-FAST: Face, Arms, Speech)
@pytest.mark.parametrize("text", [
    "My da (81) has gone all lopsided on the right side of his face since dinner, he says it's nothing.",
    "Since about four o'clock Nana's mouth is drooping down one side of her face and she seems muddled.",
    "my husband's words keep coming out mushed and he's only had tea all day, started an hour ago",
    "Her speech is all mushed since she got up from her nap, she's 77, is that normal?",
    "Grandad cannae grip his mug on his left side since lunchtime, keeps nearly dropping it",
])
def test_a_stroke_sign_in_dialect_or_plain_words_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # a squint of the eye (strabismus) in a child since birth: no face droop
    "Our daughter has had a squint in her right eye since she was born, the orthoptist wants to patch it.",
    # words mushed after a dental numbing injection: the mouth, not the brain
    "My words are all mushed after the dentist's numbing injection for my filling, when does it wear off?",
    # a cup dropped once, nothing else
    "Dropped a cup this morning while washing up, my hands were wet, otherwise totally fine.",
    # "mush" inside another word: talk of mushrooms is no speech sign
    "We were talking about mushrooms at the allotment and my brother wants to know which ones are safe to eat.",
    # a face droop denied in Scots
    "Mum's a bit tired but her face isnae drooping and her speech is fine, she just wants her bed.",
])
def test_a_squint_a_dental_block_or_a_dropped_cup_is_calm(text: str) -> None:
    _calm(text)


# -- the red eye of a contact-lens wearer or with light sensitivity (NICE CKS red eye: same-day assessment)
@pytest.mark.parametrize("text", [
    "I wear two-weekly contacts and fell asleep in them on the train. Now my left eye is sore and red and I can"
    " hardly face the light.",
    "Slept in my contacts after a party, right eye really painful and red since I woke, streaming.",
    "A 33-year-old woman with a red, painful left eye and light sensitivity since yesterday.",
])
def test_a_lens_wearers_or_a_light_sensitive_red_eye_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize("text", [
    # hay fever's red, itchy eyes with pain, light sensitivity and lenses denied (NICE CKS allergic conjunctivitis)
    "A 31-year-old woman in Accra has itchy, streaming and red eyes each harmattan season with sneezing. No pain, no"
    " light sensitivity, vision normal. She does not wear contact lenses.",
    "itchy red eyes and a runny nose every May, never wears contacts, no pain at all",
])
def test_an_allergic_red_eye_with_its_signs_denied_is_routine(text: str) -> None:
    assert _level(text) == "routine"


# -- a first hot swollen big-toe joint (NICE CKS gout: same day to exclude a septic joint)
@pytest.mark.parametrize("text", [
    "A 62-year-old woke with a red, swollen and exquisitely tender left big-toe joint; first time ever, temp 37.1.",
    "My dad's big toe joint is hot, red and swollen since last night, he can't bear a sock on it. Never had this.",
])
def test_a_first_hot_swollen_big_toe_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize("text", [
    # a stubbed toe, bruised and not hot
    "stubbed my big toe on the bed frame last night, it's a bit bruised but I can walk fine",
    # an itchy red rash on the toe (skin, not the joint)
    "an itchy red rash between my toes, peeling, I play a lot of football",
])
def test_a_stubbed_toe_or_a_rash_is_not_urgent(text: str) -> None:
    assert _level(text) == "routine"


# -- self-harm denied in the perfect, with a passive wish and no plan or intent (NICE NG225: same-day assessment)
@pytest.mark.parametrize("text", [
    "A 30-year-old man with two months of low mood says sometimes he'd rather not wake up, but has no plan, no"
    " intent, hasn't self-harmed, and his kids keep him going.",
])
def test_a_passive_wish_with_self_harm_denied_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize("text", [
    # the act told
    "A 19-year-old has self-harmed by cutting her arms this week and says she doesn't want to wake up.",
    "He hasn't slept for days and has self-harmed twice since Friday.",
])
def test_self_harm_told_stays_emergent(text: str) -> None:
    _emergent(text)


# "faint" describing what is seen or heard is no faint: "a faint blanching rash", "a faint murmur"
# (the lead's fix after this round: a dengue-like rash read as a sign of severe malaria)
@pytest.mark.parametrize(("text", "fires"), [
    ("a faint pink rash on her chest that fades when pressed", False),
    ("GP heard a faint murmur, otherwise well", False),
    ("felt faint and then the rash came up", True),
    ("she fainted twice this morning", True),
    ("feeling faint with this rash", True),
])
def test_faint_as_an_adjective_is_no_faint(text: str, fires: bool) -> None:
    concept = next(c for c in COMMON_CONCEPTS if c.name == "faint_dizzy")
    assert bool(re.search(concept.regex(), text, re.I)) is fires
