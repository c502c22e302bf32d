"""General rules for what blind triage set 30 showed (first score in test_triage_blind30_report.py),
each written here in other words than the set uses: the misses that must now be emergent, the level
errors that must now be calmer or raised, and the near misses of each new reading that must keep
their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- a gestation however it is written, a multiple pregnancy included (NICE NG133: BP >= 160/110, admit)
@pytest.mark.parametrize("text", [
    "Hello, 33 weeks with triplets and the community midwife got a BP of 164/112",
    "G2P1, 34/40, today's BP 166/111",
    "Obs: 31+5/40, BP 170/114, no proteinuria yet",
    "I'm 29wks with di-di twins, my blood pressure cuff says 162/100 twice",
    "currently 36 wks, blood pressure was 168/108 in the pharmacy",
    "32w pregnant, BP 161/104 at home",
    "Hey! 37 weeks today and I'm seeing little flickering lights in front of my eyes",
])
def test_gestation_in_common_forms_reads_pre_eclampsia(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # a mother six weeks on with twins at home is no pregnancy of 20 weeks or more
    ("6 weeks with twins at home now, so tired, BP 150/95 at the GP check", "routine"),
    # a score out of forty is no gestation
    ("Scored 35/40 on my exam, blood pressure 150/95 today, feeling fine", "routine"),
    # flickering lights in a room, not in the eyes
    ("31 weeks pregnant and the lights in the hallway keep flickering, any tips for sleep?", "routine"),
    # a normal reading at a gestation in the obstetric form
    ("36/40 antenatal check, BP 118/72, all well", "routine"),
])
def test_gestation_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- paracetamol over 4 g a day for days (TOXBASE staggered overdose / therapeutic excess; MHRA 2012)
@pytest.mark.parametrize("text", [
    "My partner has had around 6 g of Tylenol per day for the last four days for a slipped disc and now keeps vomiting",
    "For a week I've taken 5 to 6 grams of paracetamol daily for migraine, and now my eyes look yellow",
    "She is 44 kg and underweight, taking 5000 mg acetaminophen a day for 3 days with a Lemsip on top",
    "Heavy drinker, taking 7g of co-codamol and paracetamol a day over the past 2 days, feels queasy",
    # a dose taken "whenever" the pain returns happened: the day's amount after it counts
    "Two 500mg paracetamol tablets whenever my jaw aches for 4 days, about 6 g a day I reckon, now I feel sick",
])
def test_paracetamol_over_4g_a_day_for_days_with_symptoms_or_risk_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # within the daily maximum, with nausea from a virus
    ("I've taken 4 g of paracetamol a day for 3 days with flu and feel sick", "routine"),
    # a hypothetical
    ("If I took 6 g of paracetamol a day for 3 days, would that harm my liver?", "routine"),
    # a past episode, now well
    ("History of taking 6 g paracetamol a day for a week in 2019 with vomiting, now well, asking about back pain",
     "routine"),
    # over 4 g for days but well, no risk factor: paracetamol level and liver tests the same day
    ("I've had 5 grams of panadol daily for the last 4 days for my knee, no other problems", "urgent"),
    # one day over 4 g, told without a course of days, keeps what the overdose rules say of it
    ("Took 4 g of paracetamol today for toothache, is that ok?", "routine"),
    # "whenever" that asks, not a dose taken
    ("Whenever someone takes 6 g of paracetamol a day for 3 days, do they feel sick?", "routine"),
])
def test_paracetamol_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- an infant's reduced feeds or wet nappies with a fever (NICE NG143 amber: same-day assessment)
@pytest.mark.parametrize("text", [
    "My 10-month-old has had a temp of 38.4 since yesterday and is taking half his usual bottles",
    "7 month old, fever 38.2, about 60% of her normal feeds and 3 wet nappies today, usually 6",
    "11-month-old boy, temperature 38.5, only drinking a third of his usual milk",
])
def test_infant_with_fever_and_reduced_feeds_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize(("text", "level"), [
    # a toddler eating half a meal with a cold: no infant's feeds
    ("My 3-year-old ate about half his usual dinner, he has a runny nose", "routine"),
    # wet nappies as usual
    ("9 month old with a cold, 7 wet nappies today as usual, feeding well", "routine"),
])
def test_infant_intake_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a well child's limp after a virus (NICE CKS acute childhood limp: transient synovitis)
@pytest.mark.parametrize("text", [
    "Our 4-year-old girl has been limping since a chest infection last week; her hip moves freely and there's no temperature",
    "Boy aged 8, limp for 3 days following a sore throat, temperature 36.8, full range of movement at the hip",
])
def test_well_child_limp_after_a_virus_is_routine(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize(("text", "level"), [
    # a limp with no virus before it: the same day
    ("My 6 year old has a limp since yesterday, no fever, no injury", "urgent"),
    # after a virus, but night pain or not bearing weight
    ("5-year-old limping since a cold, full range of movement, but it wakes her in the night", "urgent"),
    ("7-year-old limping since a tummy bug, full range of movement but won't put weight on it", "urgent"),
    # after a virus and playing, but the hip is stiff on rotation
    ("6-year-old limping a week after flu, playing happily, hip a bit restricted turning inwards", "urgent"),
    # after a virus with a fever: septic arthritis until shown otherwise
    ("4 year old limping after a cold, temperature 38.9, still playing", "emergent"),
])
def test_child_limp_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a kidney stone already passed, pain gone and no fever (NICE NG118 / CKS renal colic: follow-up)
@pytest.mark.parametrize("text", [
    "Had renal colic overnight; I peed out a tiny stone at breakfast and I'm pain-free now, temperature 36.6",
    "Kidney stone pain for 5 hours yesterday, the stone came out into the sieve at 7 am, pain has gone completely",
    # the severe pain was yesterday's: now pain-free
    "Excruciating flank pain into the groin last night; this morning I passed a little stone and I am now pain free",
])
def test_passed_kidney_stone_now_pain_free_is_routine(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize(("text", "level"), [
    # passed a stone but the pain goes on
    ("Passed a small kidney stone this morning but the loin pain is still severe", "urgent"),
    # pain gone but no stone seen: the stone may still be in the ureter
    ("Loin to groin pain last night, it has settled, nothing passed yet", "urgent"),
    # passed and pain-free but feverish: an infected obstructed kidney until shown otherwise
    ("Kidney stone passed at lunch and now pain-free, but temperature 38.7 and shivering", "emergent"),
])
def test_kidney_stone_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text
