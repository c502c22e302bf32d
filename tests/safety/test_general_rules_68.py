"""General rules for what blind triage set 68 showed (first score in test_triage_blind68_report.py), each
written here in other words than the set uses: a birth told with where it happened and "back" for "ago"
("delivered at home ... 6 days back"), with a cloth or rag soaked every hour or big clots, or clots likened
to liver (a secondary postpartum haemorrhage); any crop or the sprayer itself sprayed ("spraying the X", "the
sprayer") with two or more cholinergic signs counted, the pupils "like pinpricks" among them; a newborn
girl's blood "from her private part" (the withdrawal bleed, not blood in the stool); a normal temperature
read after a "no" list or as "it was 99.3 F"; and a saturation of about 90 % at a destination known to be
high (or "the altitude"); the gums or the nose bleeding in pregnancy (no vaginal bleeding); and a foreign body
seen on the cornea (same-day removal). Each with the near misses that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level as _level


# -- a secondary postpartum haemorrhage after a birth told by its place, "back" for "ago" (RCOG Green-top 52)
@pytest.mark.parametrize("text", [
    "my wife gave birth at the village clinic 9 days back and since last night she is soaking a rag every hour",
    "bhabi delivered in the district hospital two weeks ago, today she is passing clots like pieces of liver",
    "Delivered at home with my aunt 4 days back. Now bleeding with huge clots and feeling weak",
])
def test_bleeding_after_a_birth_told_by_its_place_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # light lochia after a home birth
    "I gave birth at home 10 days back, the bleeding is now light brown spotting, one pad a day is plenty",
    # a delivery that is no birth, with a period's clots
    "the courier delivered at home 3 days back a box of pads, my period this month is heavy with small clots",
])
def test_a_birth_without_heavy_bleeding_or_no_birth_is_calm(text: str) -> None:
    _calm(text)


# -- any crop or the sprayer itself, with two or more cholinergic signs (WHO / TOXBASE organophosphates)
@pytest.mark.parametrize("text", [
    "Dad was spraying the lucerne all morning, now he is drooling and his pupils look like pin heads",
    "the boom sprayer leaked on my neighbour while he filled it, he is sweating heavily and his legs are twitching",
    "we sprayed the barley yesterday and today my son has diarrhoea and his pupils are tiny",
])
def test_any_crop_or_the_sprayer_with_two_cholinergic_signs_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # one sign only
    "spraying the soybeans all day in the sun, sweating a lot and thirsty",
    # two signs but a paint sprayer and no crop
    "used the paint sprayer on the fence, my eye keeps twitching",
    # the sprayer named, nobody ill
    "the hose on our sprayer split again, where can I buy a replacement?",
])
def test_a_sprayer_with_fewer_than_two_signs_is_calm(text: str) -> None:
    _calm(text)


# -- a newborn girl's blood from her "private part": the withdrawal bleed, not blood in the stool (NHS newborn)
@pytest.mark.parametrize("text", [
    "our daughter is 5 days old and there is a streak of blood on her diaper from her private parts, she feeds well",
])
def test_a_newborn_girls_bleed_from_her_private_part_is_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    # blood in a baby's stool or vomit stays an emergency
    "my 10 day old son has blood in his poo and is not feeding",
    "baby girl 8 days old, bloody diaper, the blood is mixed in her poo",
])
def test_a_newborns_blood_in_stool_stays_emergent(text: str) -> None:
    _emergent(text)


# -- a young baby's normal temperature, read after a "no" list or as "it was 99.3 F" (NICE NG143: >= 38 °C)
@pytest.mark.parametrize("text", [
    "my 5 week old felt warm in his sleeping bag, took his temp under the arm and it was 98.8 F, feeding fine",
    "A 2-week-old boy is hot to the touch after a car journey. No rash, no vomiting, feeding well, temp 37.2 °C.",
])
def test_a_young_babys_normal_temperature_is_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    # a fever read the same ways stays an emergency under three months
    "my 6 week old felt warm so I took a rectal temp and it was 100.6 F",
    "A 4-week-old girl feels hot. No rash, feeding less, temp 38.3 °C.",
    # a low temperature in a "no" list is still read and still a red flag
    "my 3 week old is cold and floppy, no fever, temp 35.1 C",
])
def test_a_young_babys_fever_stays_emergent(text: str) -> None:
    _emergent(text)


# -- a saturation of about 90 % at a destination known to be high, well (WMS 2019: 85-90 % is expected there)
@pytest.mark.parametrize("text", [
    "flew into La Paz two days ago, slight headache yesterday now gone, walking fine, my oximeter reads 89%",
    "we are in Lhasa for the week, feeling ok, my watch says oxygen 90%, is it the altitude?",
])
def test_a_well_travellers_saturation_at_altitude_is_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    # breathless at rest, confused or unsteady at altitude stays an emergency
    "arrived in Puno yesterday, now breathless even lying in bed and coughing pink froth, sats 80%",
    "in Leh since Tuesday, my husband is confused and can't walk straight",
    # and the same reading at home is still read low
    "at home in Dublin, my oxygen on the watch says 90% and I am breathless",
])
def test_altitude_red_flags_or_a_low_reading_at_home_stay_emergent(text: str) -> None:
    _emergent(text)


# -- the gums or the nose bleeding in pregnancy are no vaginal bleeding (NHS: gum disease in pregnancy)
@pytest.mark.parametrize("text", [
    "I'm 8 weeks pregnant and my gums keep bleeding when I floss, nothing else",
    "22 weeks pregnant, bleeding gums every morning and my nose is bleeding a little in the dry heating",
])
def test_gums_or_nose_bleeding_in_pregnancy_is_routine(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize(("text", "want"), [
    # spotting in early pregnancy stays a same-day check, after 20 weeks an emergency, gums or not
    ("9 weeks pregnant, gums bleed when I brush and today some spotting when I wipe", "urgent"),
    ("24 weeks pregnant and bleeding bright red from down below, my gums bleed too", "emergent"),
])
def test_vaginal_bleeding_in_pregnancy_keeps_its_level(text: str, want: str) -> None:
    assert _level(text) == want, text


# -- a foreign body seen on the cornea: same-day removal (NICE CKS corneal superficial injury)
@pytest.mark.parametrize("text", [
    "Slit lamp shows a small metallic fleck embedded in the cornea inferiorly; no penetration, acuity 6/9.",
    "A gardener with a corneal foreign body after strong wind, eye watering, vision normal.",
])
def test_a_foreign_body_on_the_cornea_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # an abrasion alone, or a speck washed out, is routine
    "A small corneal abrasion from a baby's fingernail, no foreign body seen, comfortable after drops.",
    "got some sand in my eye at the beach, rinsed it out with water and it's fine now",
])
def test_an_abrasion_alone_or_a_speck_washed_out_is_routine(text: str) -> None:
    assert _level(text) == "routine", text
