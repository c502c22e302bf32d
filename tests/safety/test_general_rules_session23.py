"""General rules for the emergent-level misses left in older level sets (issue 17, round 23), each written
here in other words than the sets use: a young infant's green vomiting told after "previously well" (which no
longer dates what follows as history); placental abruption told in Jamaican Creole ("mi 33 weeks", a belly
"hard like a board"); ovarian torsion with a cyst seen on a scan weeks ago (still there) and pain named by
its quadrant; Fournier's gangrene told in lay words (skin that "has become blackish", pain "more than it
looks"); heavy bleeding told by the pads (changed every 20 minutes, soaked, clots the size of a lemon) in early
pregnancy or with shock; and testicular torsion told only by a boy's shame (a tummy ache with vomiting in a
boy who won't be looked at, or is asked about "down below"). Each with the near misses that must keep their
level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent


# -- malrotation with volvulus (NICE CKS / RCS: green vomit in a baby is an emergency at any age under a year)
@pytest.mark.parametrize("text", [
    "A 3-month-old girl, previously well, has brought up green vomit twice this afternoon and pulls her knees up"
    " screaming; her belly looks swollen.",
    "Our son is 5 weeks old, previously feeding well, and has vomited green stuff three times since lunch.",
])
def test_green_vomit_in_a_previously_well_infant_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # a baby posseting white milk after feeds
    "My 7-week-old brings up a little white milk after most feeds, previously well, gaining weight, never green.",
    # a past illness still told as past
    "He previously had a hernia repair as a baby and is now 9, asking about swimming lessons.",
])
def test_posseting_or_a_past_illness_is_calm(text: str) -> None:
    _calm(text)


# -- placental abruption (RCOG Green-top 63: a hard, tender uterus with pain, bleeding or fewer movements)
@pytest.mark.parametrize("text", [
    "mi 34 weeks, mi tummy gone hard like a rock since morning, really bad pain, and baby not moving like usual.",
    "Mi 30 weeks an mi belly get hard like a board, it sore sore, and some dark blood come.",
])
def test_a_board_hard_painful_bump_late_in_pregnancy_is_emergent(text: str) -> None:
    _emergent(text)


def test_braxton_hicks_that_come_and_go_with_baby_moving_is_calm() -> None:
    _calm("mi 31 weeks, get some tightenings on and off this evening, they come and go and ease when mi rest,"
          " no pain, baby kicking plenty.")


# -- ovarian torsion (NICE CKS / RCOG: sudden one-sided pelvic pain with vomiting, a known ovarian cyst)
@pytest.mark.parametrize("text", [
    "A 22-year-old woman has 2 hours of sudden left lower quadrant pain and has vomited four times. An ovarian"
    " cyst of 7 cm was seen on a scan three weeks ago.",
    "My daughter (15) got a sudden stabbing pain low down on the right after netball and keeps being sick; she"
    " has a cyst on her right ovary found 2 months ago.",
])
def test_sudden_pelvic_pain_with_vomiting_and_a_known_cyst_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # period pain as usual
    "I get cramping period pain low down every month, ibuprofen helps, same as always.",
    # a cyst removed months ago, a mild ache
    "I had an ovarian cyst removed 4 months ago, a dull ache at the scar now and then, no vomiting.",
])
def test_period_pain_or_a_removed_cyst_is_calm(text: str) -> None:
    _calm(text)


# -- Fournier's gangrene (NICE NG141; IDSA 2014: dusky skin, pain out of proportion, fever)
@pytest.mark.parametrize("text", [
    "My brother, diabetic, has a red swollen groin and scrotum since Friday, a patch of skin has become purplish"
    " and he has fever and shaking.",
    "Uncle 61 on insulin, swelling between his legs, fever 38.9, he says it hurts much more than it looks.",
])
def test_a_spreading_genital_infection_with_dusky_skin_or_disproportionate_pain_is_emergent(text: str) -> None:
    _emergent(text)


def test_a_small_boil_in_the_groin_is_calm() -> None:
    _calm("I have a small boil at the top of my thigh near the groin, a bit sore, no fever, it looks like it"
          " is coming to a head.")


# -- heavy bleeding (RCOG / NICE NG126: soaking a pad an hour; with pregnancy or shock, an emergency)
@pytest.mark.parametrize("text", [
    "I'm 8 weeks pregnant and bleeding, I've had to change my pad every 30 minutes since lunch, with clots the"
    " size of a golf ball.",
    "Gran is 79, on apixaban, bleeding from down below, her pads are drenched, she's pale and clammy and keeled"
    " over in the bathroom.",
])
def test_pad_soaking_bleeding_in_pregnancy_or_with_shock_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # a heavy period alone, steady and well
    "My periods are heavy, I change my pad every 3 hours on day one, feel fine, could it be fibroids?",
    # breast pads soaked with milk after a birth
    "had my baby 10 days ago, my breast pads are soaked through by morning, is that normal?",
    # incontinence pads
    "Dad's incontinence pads are soaked with urine every night, anything that helps?",
])
def test_a_heavy_period_or_milk_or_urine_soaking_pads_is_calm(text: str) -> None:
    _calm(text)


# -- testicular torsion told only by a boy's shame (NICE CKS scrotal pain: examine the testes in every boy with
#    abdominal pain; a boy may not say where it hurts)
@pytest.mark.parametrize("text", [
    "my lad is 14, woke in the night with a sore tummy and has been sick three times, he won't let me look and"
    " went bright red when I asked if it was down below.",
    "Son is 12, stomach pain since 6am and vomited twice, he's too embarrassed to say where exactly.",
])
def test_a_boys_tummy_pain_with_vomiting_who_hides_the_groin_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # a family tummy bug
    "my son is 13, tummy ache and been sick twice, diarrhoea too, his sister had the same bug last week.",
    # a boy shy about a rash on his arm, no pain or vomiting
    "my boy is 11 and too shy to show the doctor a rash on his arm, it's not itchy.",
])
def test_a_family_bug_or_a_shy_boy_without_pain_is_calm(text: str) -> None:
    _calm(text)


# -- false alarms: a denied hip sign, a finger's one side, greying on standing, a fever weeks past
@pytest.mark.parametrize("text", [
    # a hip fracture's signs denied (NICE CG124 reads them when present)
    "A 90-year-old man sat down hard on his bed this afternoon, no head injury, the leg is not shortened and"
    " not rotated, he walks with his stick as usual.",
    # a digital nerve's tingling after a cut (a same-day hand check, not a stroke)
    "I cut my right thumb on a tin lid, now numbness down one side of the thumb, bleeding stopped with pressure.",
    # greying out on standing, gone in seconds (NICE CG109: orthostatic)
    "My son (15) got up quickly from the bath and his sight went dark for a second or two, he felt fine straight after.",
    # an infant's fever weeks ago, well since
    "my daughter is 9 weeks old, she had a temperature of 38.1 three weeks ago, was checked and is fine now."
    " when can she start swimming?",
])
def test_a_denied_sign_a_fingers_side_postural_greying_or_a_past_fever_is_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    # a hip fracture's signs present
    "Nan is 87, fell in the hall, her left leg looks shorter and her foot is turned out, she can't stand.",
    # one side of the body numb
    "Dad suddenly has numbness down one side of his body and his speech is slurred.",
    # a curtain over one eye, not on standing
    "the vision in my right eye suddenly went black an hour ago like a curtain coming down and it has not come back",
    # an infant's fever now, dated by its start
    "our baby is 7 weeks old, the fever started two weeks ago and today her temp is 38.4",
])
def test_the_real_signs_beside_them_stay_emergent(text: str) -> None:
    _emergent(text)
