"""General rules for what blind triage set 79 showed (first scores in test_triage_blind79_report.py), each written
here in other words than the set uses: a heart rate told in an idiom with a wearable's figure in brackets ("racing
like mad (my fitbit says 138)"), so that sepsis after a birth reads its high-risk pulse; a child's orbital cellulitis
told as "swelling of the upper and lower lids" with the eye sitting "a bit forward"; the signs of an open globe (a
peaked pupil, a shallow anterior chamber) after a projectile; the show at term (mucus streaked pink) no antepartum
haemorrhage; the waters broken at term told as a gush that soaks pads, no haemorrhage but a same-day assessment; a
hypo treated and over, told by a later decimal glucose; new floaters and flashes told by their likeness; a diabetic
foot ulcer without infection. Each with the near misses that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level as _level


# -- sepsis after a birth, the pulse told by a wearable in brackets (NICE NG51 high risk: HR > 130; RCOG GTG 64b)
@pytest.mark.parametrize("text", [
    "Baby came by emergency section 4 days ago. Tonight I'm freezing cold and shaking, thermometer says 39.0, my heart"
    " is racing like mad (fitbit says 138) and the scar is oozing and smells off. Should I wait for the health visitor?",
    "My wife gave birth on Sunday. Now she's burning up at 38.9 and her pulse is all over the place (the oximeter"
    " shows 141). The stitches down below smell awful.",
])
def test_sepsis_after_a_birth_with_a_wearables_pulse_over_130_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # a pulse under 130 in brackets with a fever: moderate risk, same day (NICE NG51)
    "Had my son by section a week ago. Temperature 38.2 and my heart feels a bit quick (watch says 104). The wound"
    " looks fine, I'm eating and drinking.",
    # a watch's step count is no pulse
    "Six weeks after my caesarean, feeling great. My heart is so happy I'm walking again (watch says 9000 steps).",
])
def test_a_wearables_figure_under_130_or_not_a_pulse_is_not_emergent(text: str) -> None:
    _calm(text)


# -- orbital cellulitis in a child (NICE CKS cellulitis / RCOphth: proptosis, painful or restricted eye movements)
@pytest.mark.parametrize("text", [
    "A 5-year-old boy after a fortnight of sinus congestion has redness and swelling of the right upper and lower"
    " lids since yesterday; temperature 38.8, the right eye sits a bit forward and he cries when looking to the side.",
    "Swelling of both upper lids on the left after a cold in a 9-year-old; the left eye sits slightly forward and"
    " she sees two of everything.",
])
def test_lid_swelling_with_a_forward_eye_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # preseptal: lid swelling with a fever, the eye itself normal (NICE CKS: same-day, not emergency)
    "A 6-year-old has swelling and redness of the left upper lid after a mosquito bite yesterday, temperature 38.1;"
    " the eye is white, moves freely without pain and vision is normal.",
    # a stye
    "Swelling of the lower lid at the lash line with a small yellow head, no fever, the eye is white.",
])
def test_lid_swelling_without_orbital_signs_is_not_emergent(text: str) -> None:
    _calm(text)


# -- an open globe after a projectile (RCOphth / NICE CKS eye trauma: peaked pupil, shallow chamber, emergency)
@pytest.mark.parametrize("text", [
    "A 36-year-old joiner was chiselling a nail when a fragment hit his left eye. Little pain. Acuity 6/36. The pupil"
    " is peaked towards a small corneal wound at 4 o'clock and the anterior chamber looks shallow.",
    "Grinding a bolt without goggles, something flew into my right eye. Barely hurts, but my wife says the pupil"
    " looks like a teardrop instead of round.",
])
def test_an_open_globe_sign_after_a_projectile_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # a superficial foreign body from grinding: same-day, not emergency (NICE CKS corneal superficial injury)
    "Grinding metal this morning and a speck went into my left eye. Gritty and watering, the pupil is round and"
    " vision is fine.",
    # a shallow chamber at an optician's check with no injury: narrow angles, a routine referral
    "Optician says I have narrow angles and a shallow anterior chamber in both eyes and wants me to see the eye"
    " clinic about laser. No pain, no redness, no haloes.",
])
def test_a_superficial_foreign_body_or_a_shallow_chamber_without_injury_is_not_emergent(text: str) -> None:
    _calm(text)


# -- the show at term (NHS "Signs that labour has begun"; NICE NG235) is no antepartum haemorrhage (RCOG GTG 63)
@pytest.mark.parametrize("text", [
    "38 weeks pregnant. Wiped and found a lump of snotty mucus tinged with pink and a little brown blood. Nothing"
    " since, no pains, baby moving lots.",
    "40+3 here, think I've lost my mucus plug, it was streaked with brown blood. No cramps, waters intact.",
])
def test_the_show_at_term_is_not_emergent(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    # fresh red bleeding after the show at term (RCOG GTG 63: antepartum haemorrhage)
    "39 weeks. Lost my mucus plug streaked with pink this morning and now there is bright red blood filling a pad.",
    # the same mucus preterm is a threatened preterm labour or a bleed (RCOG GTG 63: hospital assessment)
    "33 weeks pregnant and I passed some mucus streaked with brown blood, with some period-type cramps.",
])
def test_fresh_bleeding_or_a_preterm_show_stays_emergent(text: str) -> None:
    _emergent(text)


# -- the waters broken at term (NICE NG235 1.4: prelabour rupture of membranes, assess, offer induction)
@pytest.mark.parametrize("text", [
    "40 weeks with my first, felt a gush at midnight and I keep leaking clear fluid, soaked through 3 pads. No"
    " tightenings, baby moving well, no temperature.",
    "I'm 38+5 weeks and my waters broke an hour ago, clear, no contractions yet. What should I do?",
])
def test_the_waters_broken_at_term_are_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # a cord felt after the waters go (RCOG GTG 50: cord prolapse)
    "39 weeks, my waters just went with a big gush and now I can feel the cord coming out.",
    # a gush of blood, not fluid (RCOG GTG 63)
    "37 weeks and my waters broke, then a gush of bright red blood soaked 2 pads in half an hour.",
])
def test_the_waters_with_a_cord_or_with_a_bleed_stay_emergent(text: str) -> None:
    _emergent(text)


# -- a hypo treated and over, told by a later glucose to its decimal (NICE NG17; Diabetes UK hypo treatment)
@pytest.mark.parametrize("text", [
    "Type 1 here. Went low at the gym, 2.9, had a glucose gel and some juice, 20 min later 5.4 and after a"
    " flapjack I'm 8.1. All good now, just wondering about my basal.",
])
def test_a_treated_hypo_back_up_is_not_urgent(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize("text", [
    # still low after the treatment (ADA 2024 s6: level 2)
    "Type 1, had a hypo at 2.6, took some dextrose, 15 minutes later still 2.8 and I feel shaky.",
])
def test_a_hypo_not_back_up_stays_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


# -- new floaters and flashes told by their likeness (NICE CKS retinal detachment: same-day assessment)
@pytest.mark.parametrize("text", [
    "Since this afternoon there's a squiggle drifting across my right eye and flashes at the edge of my vision when"
    " I turn my head. I'm very short-sighted. No curtain.",
    "a hair floating in my left eye that won't go away since yesterday, plus a flash like a camera now and then",
])
def test_new_floaters_or_flashes_told_by_likeness_are_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # a hair in a drink is no floater
    "There's a hair floating in my tea, is that unhygienic?",
])
def test_something_floating_elsewhere_is_routine(text: str) -> None:
    assert _level(text) == "routine", text


# -- a diabetic foot ulcer without infection (NICE NG19 1.3.4: foot care service within 1 working day)
@pytest.mark.parametrize("text", [
    "My mum has type 2 diabetes and numb feet. The podiatrist found a small ulcer on her heel, not red, no smell,"
    " she feels nothing there.",
    "A 72-year-old woman with diabetes on insulin has a painless 5 mm plantar ulcer under the second metatarsal"
    " head, clean base, no cellulitis.",
    # a denial before "healed" is no healing
    "Type 2 diabetic on metformin, the ulcer on the ball of my foot still hasn't healed after a month.",
])
def test_a_diabetic_foot_ulcer_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # healed
    "Type 2 diabetic, the ulcer on my big toe has healed now, skin intact, podiatry check due in 3 months.",
    # no diabetes: a mouth ulcer and a foot blister
    "I've got a mouth ulcer and a blister on my foot from new shoes.",
])
def test_a_healed_ulcer_or_no_diabetes_is_routine(text: str) -> None:
    assert _level(text) == "routine", text
