"""General rules for what blind triage set 49 showed (first score in test_triage_blind49_report.py),
each written here in other words than the set uses: the misses that must now be emergent, the look-alike
alarm that must now be calm, and the near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent


# -- severe hypertension after a birth whose kind is told first ("a normal vaginal delivery"):
#    NICE NG133, pre-eclampsia up to six weeks after the birth, admit at BP >= 160/110
@pytest.mark.parametrize("text", [
    "4 days after an uncomplicated vaginal delivery she has a thumping headache, sparkly vision and BP 170/105",
    "Day 5 after a straightforward home birth. Midwife measured BP 158/112 then 162/110. Pain under right ribs.",
    "day 9 following a normal water birth, blood pressure 168/100 on two checks, headache won't shift",
])
def test_severe_hypertension_after_any_kind_of_birth_is_emergent(text: str) -> None:
    _emergent(text)


def test_a_normal_birth_does_not_make_a_reading_a_usual_value() -> None:
    # "normal" names the kind of birth here, not the reading's baseline; a usual value still does
    _emergent("day 7 after a normal delivery her BP is 166/108 and she has a pounding headache")
    _calm("BP 168/100, that's normal for me, always runs high, feel fine")


@pytest.mark.parametrize("text", [
    "day 3 after an uncomplicated vaginal birth, BP 124/78, feeling well, just tired",
    "2 days after a normal home birth, BP 118/72, some afterpains, breastfeeding going ok",
])
def test_normal_blood_pressure_after_a_birth_stays_calm(text: str) -> None:
    _calm(text)


# -- packs counted in the plural, quoted or not, are an amount (TOXBASE: two small packs of
#    paracetamol are far over 75 mg/kg)
@pytest.mark.parametrize("text", [
    "my sister took 'three packets' of paracetamol on Friday and didn't tell anyone",
    "took “2 boxes” of co-codamol last night with some vodka",
    "Our son swallowed 2 packs of ibuprofen this afternoon",
    "he said he'd taken 'loads' of paracetamol at the weekend",
])
def test_plural_or_quoted_pack_counts_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I bought two boxes of paracetamol at the chemist today, how many can I take a day?",
    "took two paracetamol for my headache this morning",
    "drank two bottles of wine at the party and feel rough",
])
def test_packs_bought_or_a_normal_dose_stay_calm(text: str) -> None:
    _calm(text)


# -- priapism: an erection of four hours or more told by clock times, or a painful one in sickle cell
#    disease (BAUS / EAU priapism guidance); one that lasted minutes or went down on its own is not
@pytest.mark.parametrize("text", [
    "Took some viagra at a party, my erection started at 10pm and it's now 6am and it hurts",
    "took a pill from a mate, it's been hard since 10pm and it's now 4:30am, will it go down on its own if I wait?",
    "boyfriend's hard-on began around 11:30pm and by 7.15am it's still there, not painful",
    "24M, HbSC, erection since midnight, painful, attends at 8 am",
    "man with sickle cell disease has a painful erection for 2 hours",
])
def test_a_long_or_sickle_cell_erection_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "my 15yo says he had an erection that lasted about 20 minutes this morning and went down on its own",
    "woke with an erection that wouldn't go down for 30 mins, not painful, is that normal",
    "I have sickle cell and wanted to ask about erection problems",
    "got an erection at 11pm, it went down by itself after a while, it's now 7am and I'm fine",
])
def test_a_short_or_settled_erection_stays_calm(text: str) -> None:
    _calm(text)


# -- non-fatal strangulation with loss of consciousness, incontinence, a changed voice, painful
#    swallowing or petechiae (FFLM 2023 non-fatal strangulation guidance)
@pytest.mark.parametrize("text", [
    "her ex grabbed her by the throat on Saturday and she blacked out for a bit, now her voice is croaky",
    "my husband squeezed my neck during a row and I wet myself, I'm fine now just scared",
    "He put his arm round my neck until everything went black. Swallowing hurts today.",
    "Patient reports partner had hands around her neck two nights ago; hoarseness and pinpoint red spots on"
    " her eyelids",
])
def test_strangulation_with_a_sign_of_injury_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "got a bruise on my neck from rugby practice, a bit sore, no other problems",
    "my boyfriend put his arm around my neck while we watched tv and it was sweet",
    "I have a sore throat and a hoarse voice since Monday, no fever",
])
def test_neck_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- toxic shock: a tampon or cup with a fever and vomiting, diarrhoea, a sunburn-like rash or faintness
#    (NICE CKS toxic shock syndrome: admit)
@pytest.mark.parametrize("text", [
    "left a tampon in for three days by mistake, now temp 39.2 and I've been sick twice",
    "19F, menstrual cup in since Monday, fever 38.9, diarrhoea and red all over",
    "she pulled out an old tampon yesterday, now shivery with temp 38.8 and nearly fainted getting up",
])
def test_a_tampon_with_fever_and_a_toxic_sign_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "forgot a tampon for about a day, took it out, a bit of odd discharge, no fever, feel fine",
    "I have a fever of 38.5 and a cough, my period started today and I'm using tampons",
])
def test_a_tampon_without_a_toxic_picture_stays_calm(text: str) -> None:
    _calm(text)
