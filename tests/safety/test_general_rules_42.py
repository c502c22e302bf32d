"""General rules for what blind triage sets 42 and 43 showed (first score in test_triage_blind42_report.py),
each written here in other words than the sets use: the misses that must now be emergent, the look-alike
alarms that must now be calm, and the near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent


# -- ischaemic pain told without the word "chest": to the jaw or left arm with sweating or greyness (NICE CG95)
@pytest.mark.parametrize("text", [
    "My husband is 61, says it's like a weight in the centre that's going into his jaw, he's clammy and grey",
    "A pressure behind her ribs spreading down her left arm, she's sweating buckets, age 70",
    "Tightness that travels up to my jaw and I'm pale and sweaty",
])
def test_pain_to_the_jaw_or_arm_with_sweating_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "Neck pain that shoots down my arms after the gym, sweaty from the workout",
    "Ache in my wrist going up to my arm when I type, no sweating",
])
def test_radiating_pain_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- postpartum pre-eclampsia told by the baby's age (NICE NG133 1.7); a gestation told 'with her first'
@pytest.mark.parametrize("text", [
    "My son is 12 days old. I've had a thumping headache all afternoon and the BP cuff says 171/114",
    "Our daughter's 3 weeks old and my blood pressure at the pharmacy was 165/112, I feel a bit off",
    "Hi, 33 weeks with my second, seeing flashing lights and a bad headache",
    "She's 36 weeks with her first, blood pressure 170/115 at the chemist",
])
def test_pre_eclampsia_after_birth_and_in_late_pregnancy_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "My baby is 2 weeks old, he has a rash on his cheeks, should I worry",
    "Baby is 10 days old and I've had a mild headache, BP 128/82",
    # black stools on oral iron, bleeding only asked about (NICE CKS: iron darkens the stool)
    "I'm on iron tablets, my poo is black, does that mean bleeding? I feel fine",
])
def test_pregnancy_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- hidden harms of work, sport and diving (TOXBASE, BOAST 10, UK Diving Medical Committee / DAN, NICE NG41)
@pytest.mark.parametrize("text", [
    "Spilt some rust remover with hydrofluoric acid on my hand an hour ago, washed it, it looks fine but it aches deep down",
    "Got HF acid on his fingers at the glass works, skin looks normal",
    "His lower leg was pinned under a pallet for 20 minutes this morning, now the pain is way worse than it looks and the"
    " calf is tense",
    "Did three dives yesterday, came up a bit fast on the last, now pins and needles in both hands and my knees ache",
    "My dad fell about 4 metres off a roof this afternoon, says he's fine but he's pale and his back hurts",
])
def test_hidden_harms_of_work_sport_and_diving_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "Is hydrofluoric acid what they use to etch glass?",
    "My arm got trapped in the door at lunch, bit of a bruise, moving it fine",
    "Went diving on holiday last month, ears a bit blocked since",
    "Tripped over the dog, fell onto the carpet, grazed knee",
    "My son fell off the climbing frame, about 1 metre, cried then carried on playing",
])
def test_work_and_sport_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- a known old stroke's deficit, unchanged (NICE NG128 looks for a sudden new sign)
@pytest.mark.parametrize("text", [
    "Care home note: Mrs P's mouth droops on the right and her right hand is weak, that's from her stroke in 2017, same"
    " as last week, no change",
    "Visiting my uncle, his left arm is weak and his speech slurred, which is normal for him since his old stroke",
])
def test_an_old_strokes_unchanged_deficit_stays_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "Gran's face droops on the left from her stroke in 2018 and she was the same as usual yesterday, but her speech is"
    " slurred now, which is new",
    "Dad's face suddenly drooped on the left and his arm is weak",
])
def test_a_new_sign_on_an_old_stroke_stays_emergent(text: str) -> None:
    _emergent(text)


# -- a recurring panic attack, passed, with normal tests (NICE CKS panic disorder); still breathless stays emergent
@pytest.mark.parametrize("text", [
    "Another one of my panic attacks at the supermarket, suddenly felt I couldn't breathe and my hands tingled, went off"
    " after 15 minutes. I had an ECG and blood tests in the spring, all normal. How can I cope?",
    "This is the fourth time, in a lift, suddenly couldn't get my breath, heart racing, settled after I sat down. Heart"
    " tests last month came back normal",
])
def test_a_recurring_settled_panic_attack_stays_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "Third time this week I suddenly can't breathe, it settled before but I'm still breathless now, ECG last year was normal",
    "Suddenly can't breathe at all, never had this before",
])
def test_sudden_breathlessness_now_stays_emergent(text: str) -> None:
    _emergent(text)


# -- a very young baby: age in shorthand (NICE NG143 fever under 3 months), green vomit by a likeness (NICE CG84)
@pytest.mark.parametrize("text", [
    "Baby girl 4 weeks, temperature 38.4, very sleepy and not feeding",
    "Infant, 9 days, temp 38.1 since this afternoon",
    "Our 2-week-old son has vomited three times since lunch, the last two the colour of grass",
])
def test_a_very_young_babys_fever_or_green_vomit_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "Baby boy 6 weeks ago had his jabs, he's fine now, temp 37.2",
    "My 10-month-old was sick after her bottle, it looked a bit green from the spinach puree she ate",
])
def test_baby_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- AFSP warning signs told by a relative: affairs in order, means gathered, the end told to the listener
@pytest.mark.parametrize("text", [
    "My brother lost his job and his partner left. This week he texted me all his bank passwords and gathered up his"
    " and Mum's old leftover tablets in a shoebox. He told me you won't need to worry about me soon",
    "She gave back all the books she'd borrowed and emailed me her banking passwords, then said you won't have to look"
    " after me any more",
])
def test_warning_signs_told_by_a_relative_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "He returned the borrowed ladder to the neighbour yesterday, all fine, he's off on holiday tomorrow",
    "My dad emailed me his bank passwords so I can pay his bills while he's in hospital for his knee",
])
def test_warning_sign_near_misses_stay_calm(text: str) -> None:
    _calm(text)
