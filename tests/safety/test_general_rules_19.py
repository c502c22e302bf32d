"""General rules for what blind triage set 19 showed (first score in test_triage_blind19_report.py),
each written here in other words than the set uses: the look-alikes that must stay calm or come
up to a same-day level, and the near misses of each new rule that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- a TIA over days ago, told as completely gone (NICE NG128: specialist assessment within 24
#    hours, not an ambulance); symptoms still there, back again, or on an anticoagulant stay emergent
@pytest.mark.parametrize("text", [
    "Last week my mum's left arm went weak for about fifteen minutes while she was gardening. It resolved "
    "completely and she has been well since. Should she see someone?",
    "Three days ago his right leg went numb and heavy for ten minutes in the supermarket. Back to normal within "
    "the hour, no symptoms since.",
])
def test_a_tia_days_ago_fully_resolved_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # back again today
    "Last week my mum's left arm went weak for about fifteen minutes. It resolved completely, but this "
    "morning it has gone weak again.",
    # still there
    "Three days ago his right leg went heavy. It settled completely for a while but he still drags it.",
    # on an anticoagulant (NG128: imaging at once)
    "Last week my mum's left arm went weak for about fifteen minutes. It resolved completely and she has been "
    "well since. She takes rivaroxaban for her heart rhythm.",
    # within hours, not days
    "An hour ago my husband's right arm went weak for ten minutes. It has cleared completely now.",
    # a resolved episode days ago, and a new sign now
    "My speech is slurred right now. Two days ago I also had some weakness in my left hand that cleared completely.",
])
def test_a_tia_still_present_recurring_recent_or_anticoagulated_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- chest-wall pain: a spot the finger finds that brings the pain back, after a strain, with nothing
#    else (AHA/ACC 2021: reproducible with palpation); any other feature, or cardiac risk, still fires
@pytest.mark.parametrize("text", [
    "He has had a chest ache since lifting paving slabs at the weekend; it is sharp when he reaches for things, "
    "and he can point a finger at the one spot on his rib that brings it on.",
    "Chest pain since carrying boxes yesterday. Putting a finger on the sore spot over the rib reproduces the pain "
    "exactly. Obs normal.",
])
def test_chest_wall_pain_after_a_strain_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # breathless
    "Chest ache since lifting boxes yesterday; if I put a finger on the sore spot it brings it on, but I'm also "
    "short of breath walking to the kitchen.",
    # sweating and radiation
    "Chest pain since carrying the sofa, pressing on the spot brings it on, and now I'm sweating and it goes "
    "down my left arm.",
    # cardiac risk told
    "Chest ache since lifting boxes yesterday; pressing on the spot reproduces it. I'm 58, diabetic and a smoker.",
    # abnormal observations
    "Chest ache since lifting boxes; there is point tenderness over the rib. HR 128, BP 86/50.",
])
def test_chest_wall_pain_with_another_feature_or_risk_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- one extra tablet by mistake, a total well under TOXBASE's line (ibuprofen 100 mg/kg): not an
#    overdose; signs of toxicity, a total of 5 g or more, or a count of tablets still fire
@pytest.mark.parametrize("text", [
    "I forgot I'd already had my dose and took another 200 mg ibuprofen, so 1.2 g today. I feel fine, is that ok?",
    "my husband accidentally took an extra 500 mg paracetamol this afternoon, that's 3 g in the day, he's well",
])
def test_one_extra_tablet_by_mistake_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # toxic signs
    "I took an extra 400 mg ibuprofen this morning and now I'm vomiting and really dizzy",
    # a total of 5 g or more
    "my husband accidentally took an extra 500 mg paracetamol, that's 6 g in the day",
    # a count of tablets by strength
    "she swallowed 25 of the 400 mg ibuprofen",
    # a total told in mg
    "he took 10000 mg of paracetamol over the day",
    # a strong medicine by its total
    "she took 750 mg amitriptyline",
])
def test_an_excess_or_a_toxic_dose_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- NICE NG143 amber in a small child: fewer wet nappies told as "only N", eating next to nothing
@pytest.mark.parametrize("text", [
    "my 2 year old has had a temperature of 38.9 for two days and is hardly eating, still drinking a bit",
    "my 14 month old son only had three wet nappies today, temperature 38.4, happy enough",
])
def test_poor_feeding_or_fewer_wet_nappies_in_a_small_child_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # red features stay emergent
    "my 14 month old son only had one wet nappy today, he's very floppy and hard to wake",
    "my 2 year old is hardly eating and has a rash that doesn't fade under a glass",
])
def test_red_features_in_a_small_child_stay_emergent(text: str) -> None:
    assert _level(text) == "emergent", text
