"""General rules for what blind triage set 33 showed (first score in test_triage_blind33_report.py),
each written here in other words than the set uses: the miss that must now be emergent, the false
alarm and level errors that must now be calmer or raised, and the near misses of each new reading
that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- acute angle-closure glaucoma told in a record's noun phrases (NICE CKS red eye / glaucoma; RCOphth)
@pytest.mark.parametrize("text", [
    "72M. L eye pain and redness since lunchtime, sees rainbow haloes round the lamps, nausea.",
    "58F, hypermetropic. Eye redness and pain R side since last night. Cornea cloudy, pupil fixed. Vomited once.",
    "Pt 69M, eye pain and redness L, cornea looks steamy, pupil mid dilated and unreactive",
    "Mrs K, 77: R eye ache and redness after the theatre, cornea is hazy, headache over the brow",
])
def test_painful_red_eye_with_angle_closure_signs_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # denied
    ("68F. No eye pain or redness. Reading glasses review, vision stable.", "routine"),
    # a gritty, sticky red eye without pain's signs of closure
    ("eye redness both sides with sticky discharge in the mornings, vision fine, no pain", "routine"),
    # someone else's history and a question
    ("my brother had eye pain and redness from glaucoma years ago; can it run in families?", "routine"),
])
def test_red_eye_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- an oximeter reading explained and rechecked normal (BTS oximetry guidance; MHRA on nail varnish)
@pytest.mark.parametrize("text", [
    "Pulse oximeter showed 83% after I came in from the garden in the frost. Warmed my fingers up by the fire and it's 96%, I'm fine.",
    "sats 86 on my new gadget but I had dark nail varnish on; removed the varnish and rechecked, 98% now, feel well",
    "Oxygen reading 81% while my hand was shaking, tried another finger: 97%, no breathlessness",
])
def test_low_oximeter_reading_rechecked_normal_is_calm(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize("text", [
    # the recheck is low too
    "my sats said 85% with cold hands, warmed them up under the tap and it's still 86%",
    # the low reading told with symptoms: a recheck does not overrule a breathless patient
    "Oximeter 87% and I'm really short of breath, took the gel polish off and got 95%",
    "Mum's sats 84%, her lips look a bit blue; tried a different finger, 96%",
    # no recheck at all
    "oximeter says 86% and my nails are painted, is that right?",
])
def test_low_oximeter_reading_that_still_counts_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a record's age and sex is no Fahrenheit temperature
@pytest.mark.parametrize("text", [
    "93F. Dry itchy skin on shins over the winter, uses emollient, otherwise well.",
    "Note\n94F, bunion R foot, painful in shoes for a year, walking fine.",
    "94F; wants a repeat of her eye drops, no new symptoms.",
])
def test_record_age_and_sex_is_not_a_low_temperature(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize(("text", "level"), [
    # a temperature with its word or degree sign stays one: 95 °F is hypothermia
    ("Found on the floor this morning, temp 95F, shivering and slow to answer", "emergent"),
    # "101F." opening a note is a temperature (no one is 101 and reads it as age first)
    ("101F. coughing, aching all over, drinking fine", "routine"),
])
def test_temperatures_in_fahrenheit_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


def test_opening_hypothermic_fahrenheit_with_decimals_is_a_temperature() -> None:
    assert _level("94.1F. Found outside overnight, drowsy, cold to touch") == "emergent"


# -- a rash over a joint is no hot joint (NICE CKS contact dermatitis)
@pytest.mark.parametrize("text", [
    "42M. Itchy red patch on R ankle where the new boot rubs, sharply marginated, afebrile.",
    "my wrist has a red itchy rash under my new bracelet, no swelling",
    "red blotchy eczema on the knee creases again, itchy at night",
])
def test_rash_over_a_joint_is_routine(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "my ankle is red and hot and swollen since this morning, can't walk on it",
    "63M. Hot swollen R knee overnight, painful to move. Afebrile.",
])
def test_hot_swollen_joint_stays_same_day(text: str) -> None:
    assert _level(text) in ("urgent", "emergent"), text


# -- a child's limp (NICE CKS acute childhood limp)
@pytest.mark.parametrize("text", [
    "5yo F. Limping since falling off the trampoline this morning. Playing, T 36.7, walks on it, full range of movement at hip.",
    "my 7 year old has a slight limp after football but moves his hip fully and is running about, temperature normal",
])
def test_well_child_over_3_with_a_limp_and_full_hip_movement_is_routine(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize(("text", "level"), [
    # under 3: same day even when well
    ("my 2 year old is limping since nursery, moves her hip fully, no temperature", "urgent"),
    # a red flag with a full range: not bearing weight
    ("6 year old limping since yesterday, full range at the hip but won't put weight on it", "urgent"),
    # no reassurance given
    ("my 8 year old started limping this morning, no fever", "urgent"),
    # fever with a limb not used
    ("4yo limping and won't walk, temp 38.9", "emergent"),
])
def test_child_limp_that_needs_same_day_keeps_its_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- sick-day readings in mg/dL (NICE NG28 / Diabetes UK: persistent highs with osmotic symptoms same day)
@pytest.mark.parametrize("text", [
    "I'm type 2 on gliclazide, my meter has read 300-340 mg/dL since Saturday and I'm drinking water constantly",
    "Dad, 70, diabetic, numbers around 290 to 330 mg/dl for two days, weeing a lot",
])
def test_high_glucose_in_mg_dl_with_osmotic_symptoms_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # lipids in mg/dL are no glucose
    "my LDL came back at 310 mg/dL, the GP wants to start a statin, is that urgent?",
    "cholesterol 290 mg/dL and triglycerides 400 mg/dL on my annual bloods",
    # a normal fasting reading
    "type 2, fasting readings 110-125 mg/dL this week, feeling well",
])
def test_mg_dl_near_misses_stay_routine(text: str) -> None:
    assert _level(text) == "routine", text


# -- scarlet fever (NICE CKS scarlet fever: same-day GP for antibiotics)
@pytest.mark.parametrize("text", [
    "my daughter is 4, temperature 38.8 since yesterday and now a rough rash on her neck like sandpaper",
    "8yo M. Sore throat 2/7, strawberry tongue, fine punctate rash on trunk. T 38.4. Drinking.",
    "my son (5) has a sore throat and his tongue has gone bright red and bumpy, now a pink rash that feels rough",
])
def test_scarlet_fever_features_are_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # the name alone, treated and well; a question; a tool
    "she's on day 4 of penicillin for scarlet fever, no temperature now, eating well",
    "what does a scarlet fever rash look like?",
    "sanding the shed with sandpaper all day, now a scratchy sore throat from the dust",
    # someone else's past illness
    "my sister had scarlet fever as a child; I have a mild cold, no fever",
])
def test_scarlet_fever_near_misses_stay_routine(text: str) -> None:
    assert _level(text) == "routine", text
