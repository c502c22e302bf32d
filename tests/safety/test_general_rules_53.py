"""General rules for what blind triage set 53 showed (first score in test_triage_blind53_report.py),
each written here in other words than the set uses: the misses that must now be emergent, the alarms
that must now be calm, the urgent cases read at their level, and the near misses of each new reading
that must keep theirs."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level


# -- giant cell arteritis with a loss of vision, even one that came back (BSR 2020: same-day ophthalmology);
#    scalp tenderness told by the comb or the brush
@pytest.mark.parametrize("text", [
    "Mum is 81. For a fortnight her jaw has ached when she eats toast, and last week the sight in her left eye went"
    " black for a couple of minutes and then came back.",
    "69F, new headaches for a month, scalp sore when she brushes her hair. On Sunday the vision in her right eye went"
    " dim for ten minutes then cleared. ESR 70.",
    "My husband (77) has pain at his temples and his jaw gets tired when he chews steak. Had a transient loss of"
    " vision in one eye last week.",
])
def test_arteritis_with_a_loss_of_vision_is_emergent(text: str) -> None:
    _emergent(text)


def test_scalp_tenderness_with_a_headache_over_50_is_urgent() -> None:
    assert level("Dad is 72 and has had a headache for two weeks, his scalp hurts when he combs his hair") == "urgent"


@pytest.mark.parametrize("text", [
    "my scalp is sore when I brush my hair since I started a new shampoo, I'm 58, no headache",
    "I'm 66 and my sight went dark for a second when I stood up too fast, then came back to normal",
    "jaw aches when I chew since the dentist did a big filling on Friday, I'm 45",
])
def test_scalp_jaw_and_vision_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- metastatic spinal cord compression (NICE NG234): cancer in the bones, spinal pain, and a sign of the cord
#    (heavy legs, stumbling, a sensory level, brisk reflexes, hesitancy); a spread dated "last year" still read
@pytest.mark.parametrize("text", [
    "Dad is 80, his bowel cancer spread to his spine last year. Since Monday his back is agony and his legs feel"
    " heavy, he keeps stumbling.",
    "82F, breast cancer with bone secondaries. Thoracic back pain for ten days, band-like round her ribs; today numb"
    " from the waist down and struggling walking.",
    "Known myeloma. Mid-back pain worse when he coughs, and on examination brisk reflexes and upgoing plantars.",
])
def test_cord_compression_in_cancer_that_has_spread_is_emergent(text: str) -> None:
    _emergent(text)


def test_spinal_pain_in_cancer_without_a_cord_sign_is_urgent() -> None:
    assert level("Mum has myeloma. Her back has been sore for a fortnight, band-like round her ribs and worse when"
                 " she coughs; legs fine, walking normally.") == "urgent"


@pytest.mark.parametrize("text", [
    "I had breast cancer 5 years ago, all clear. Hurt my back when I stumbled on the stairs yesterday.",
    "my legs feel heavy after a long shift and my lower back aches, no health problems",
    "Grandad's prostate cancer is stable on hormone jabs, he's got a bit of a cold and his legs feel heavy with it",
])
def test_back_and_leg_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- a firearm at hand with a warning sign of suicide (AFSP; NICE NG225: access to means): talk of being a
#    burden, of future care not needed ("won't be needing it"), hopelessness
@pytest.mark.parametrize("text", [
    "My grandad (83) says he's a burden on all of us since Nan died. He still has his old rifle in the shed.",
    "Mum (81) told the nurse she won't be needing them, the new inhalers, and she still has Dad's shotgun in the"
    " wardrobe.",
    "my father says there's no point booking the hearing test, he won't be around for it. He has his rifle at the"
    " farm.",
])
def test_a_firearm_with_a_warning_sign_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "we keep a shotgun on the farm for foxes, dad (70) has been a bit down since the harvest failed",
    "Dad has decided there's no point in more chemo, he's updated his will and wants to go home to the farm where he"
    " keeps his shotgun",
    "I won't be needing the appointment, I've moved to a new GP. Also does my shotgun licence need a doctor's letter?",
])
def test_a_firearm_without_a_warning_sign_stays_calm(text: str) -> None:
    _calm(text)


# -- a missed dose of a statin, PPI or antihistamine made up by doubling, asked about (TOXBASE: no harm)
@pytest.mark.parametrize("text", [
    "Missed my omeprazole this morning, can I double up tomorrow or is that an overdose?",
    "forgot to take my rosuvastatin yesterday, is it an overdose if I take two today? feel fine",
    "Mum skipped her cetirizine last night, would giving her 2 now be an overdose?",
])
def test_a_missed_low_risk_dose_doubled_is_not_an_overdose(text: str) -> None:
    _calm(text)


def test_a_missed_dose_of_another_medicine_asked_as_an_overdose_still_fires() -> None:
    _emergent("missed mum's warfarin last night, if I give her 2 tonight would that be an overdose?")


# -- stable angina: a setting the pain never starts in is denied ("has never come on at rest") (NICE CG95)
@pytest.mark.parametrize("text", [
    "63M, six weeks of chest tightness on the stairs, goes within a couple of minutes of stopping. It has never come"
    " on at rest.",
    "Heaviness in my chest when I walk the dog uphill, settles within two minutes of stopping. Never happens at rest"
    " or in bed.",
])
def test_exertional_pain_never_at_rest_is_not_emergent(text: str) -> None:
    _calm(text)


def test_pain_at_rest_after_a_denial_in_another_sentence_still_fires() -> None:
    _emergent("Chest tightness walking uphill for a month, it never came on at rest. Tonight it came on at rest and"
              " has lasted 30 minutes.")


# -- urgent read at its level: one ear that cannot hear, found on waking (NICE NG98); a red, swollen base of the big
#    toe (NICE CKS gout); a vaccine named with another is no infection; shingles dated "back in" a month is past
@pytest.mark.parametrize("text", [
    "Noticed when getting up on Tuesday that Dad could not hear the radio in his right ear at all",
    "Grandma woke with a swollen, red joint of her left big toe, can't put a sock on",
])
def test_sudden_deafness_and_gout_are_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "Nan (84) had her flu and pneumococcal jabs yesterday, arm sore, temp 37.9 today, eating and drinking fine",
    "Dad had shingles back in the spring and the pain where the rash was is still there, stabbing, worse at night",
    "my left ear has been blocked since the flight on Sunday, mostly ok",
])
def test_vaccine_reaction_old_shingles_and_a_flight_ear_are_routine(text: str) -> None:
    assert level(text) == "routine", text


def test_shingles_again_after_one_long_ago_is_still_urgent() -> None:
    assert level("had shingles two years ago, now I have a new band of blisters on my left side since yesterday") == "urgent"


def test_flu_itself_over_75_with_a_fever_is_still_urgent() -> None:
    assert level("Grandad is 80, he's had flu and a cough for 3 days, temp 38.1 and off his food") == "urgent"


# -- later life: sudden spinal pain with thin bones or long-term steroids (NICE CKS back pain red flags, NOGG
#    2022: a vertebral fragility fracture) and tense blisters over 65 (BAD: bullous pemphigoid) are urgent
@pytest.mark.parametrize("text", [
    "Gran (88) has osteoporosis, she bent to pick up the cat this morning and got a sudden sharp pain in her lower"
    " back, can barely move",
    "71M on daily steroids for his arthritis, sudden pain in the middle of his back after a coughing fit yesterday",
    "Mum is 90 and has big tense blisters on her legs on top of an itchy rash, no fever, eating fine",
])
def test_a_fragility_fracture_or_pemphigoid_is_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "I have osteoporosis and my lower back has ached on and off for years",
    "Dad (70) got a blister on his heel from new shoes, it's tense and full of fluid",
])
def test_old_back_ache_and_a_shoe_blister_stay_routine(text: str) -> None:
    assert level(text) == "routine", text


# -- an age told after the older kin's every name ("Gran is 81", "my nana's 90") is an age, so NICE NG51's
#    over-75 reading of an infection with a fever applies
@pytest.mark.parametrize("text", [
    "Gran is 81 and has had a fever of 38.4 with a cough since yesterday",
    "my nana's 90, she's had a chesty cough for two days and her temp is 38.2",
])
def test_an_older_relatives_age_by_any_name_is_read(text: str) -> None:
    assert level(text) == "urgent", text


def test_a_young_relatives_fever_and_cough_stays_routine() -> None:
    assert level("my sister has had a cough for two days and a temp of 38.2, eating fine") == "routine"


# -- a mixed overdose with the excess named second in the list of what was taken (TOXBASE: assessed by its
#    worst part; noticed in set 53's round, not in the set); a time after "and" is not a count of tablets
@pytest.mark.parametrize("text", [
    "took 2 of my sleeping tablets and 30 paracetamol, is this an overdose",
    "she swallowed a couple of her zopiclone and about 25 co-codamol tonight",
    "he drank half a bottle of wine plus 20 of his diazepam",
    "took my sertraline as well as 40 of the ibuprofen",
])
def test_an_excess_named_second_in_a_list_is_an_overdose(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "took 2 paracetamol and 20 minutes later took an ibuprofen, is that ok",
    "I took my metformin and 2 paracetamol this morning",
    "she has taken her ibuprofen, two a day, with 30 tablets in the bottle still",
    "took 2 paracetamol and 12 hours later 2 more paracetamol for the toothache",
])
def test_ordinary_doses_in_a_list_stay_calm(text: str) -> None:
    _calm(text)


# -- "out of it" said of an ear or an eye one cannot hear or see "out of" is no clouded mind (noticed in set
#    53's round); a person "out of it" still is, as is a child who has not "grown out of it" read calm
@pytest.mark.parametrize("text", [
    "i cant hear much out of it since swimming on saturday, my right ear, no pain",
    "my left ear has been blocked for 3 days, I can't hear anything out of it, had a cold last week",
])
def test_an_ear_one_cannot_hear_out_of_is_not_drowsiness(text: str) -> None:
    assert level(text) != "emergent", text
    assert "out of it" not in " ".join(e for e in _evidence(text)), text


def _evidence(text: str) -> list[str]:
    from medgate.safety.screen import default_screener

    esc = default_screener().screen([text], "US", ("rules", "findings"))
    return [] if esc is None else [str(e) for e in esc.evidence]


def test_a_person_out_of_it_with_a_fever_is_still_emergent() -> None:
    _emergent("my dad is really out of it and has a fever of 39.5, he's 80")
