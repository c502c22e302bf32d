"""General rules for what blind triage set 74 showed (first score in test_triage_blind74_report.py), each
written here in other words than the set uses: a compartment syndrome under a new cast (pain worse than the
break itself or painkillers "not touching it", with pain when the toes or fingers are moved for the patient or
pins and needles); acute angle closure told in Indian English ("vision is blur", colour rings round a tube
light, an eye that "feels hard like a rock"); a testicular torsion told as pain in a boy's "private area" in
dialect ("him private area"), and an ache told before the testis; a bleed after a tonsillectomy told by its
colour and its clots ("coughing up bright red", "jelly clots"); a dislocated knee (not the kneecap) with a cool
foot, a weak foot pulse or numbness; an orbital cellulitis with the bare "upper and lower lids", double vision
told as "sees two of everything" and colours "washed out"; and exercise told as carried on as usual ("still
exercising as usual") no longer read as pain brought on by exertion. Each with the near misses that must keep
their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level as _level


# -- compartment syndrome under a cast (BOAST 10: pain out of proportion, on passive stretch, altered sensation)
@pytest.mark.parametrize("text", [
    "My daughter (11) fractured her wrist on the trampoline and has a plaster cast since yesterday. She is sobbing,"
    " says it hurts far worse than the break did and the ibuprofen is not touching it, her fingers are numb.",
    "My husband broke his ankle skiing, in a backslab since Monday. Tonight the codeine isnt even touching the pain"
    " and he screams when I move his toes.",
    "Grandson (13) snapped his forearm at rugby, cast put on this afternoon, now it is much worse than when it"
    " happened, his fingers tingle and he cries out when I straighten them.",
])
def test_a_limb_in_a_cast_with_compartment_signs_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # an itch under the cast
    "The cast on my arm is so itchy underneath, can I put a knitting needle in to scratch?",
    # a mild ache on day 2 settled by paracetamol
    "Day 2 in a cast for my broken wrist, a mild ache, paracetamol settles it fine.",
    # pins and needles that went when the arm was raised, with no pain
    "my fingers got pins and needles in the cast last night but it went when I raised my arm on pillows, no pain now",
])
def test_an_itchy_or_settled_cast_is_calm(text: str) -> None:
    _calm(text)


# -- acute angle-closure glaucoma (NICE CKS glaucoma: a red painful eye with haloes, blurred vision, vomiting)
@pytest.mark.parametrize("text", [
    "My father 70, right eye very red and painful since evening, blur vision, he is vomiting and the eye feels hard"
    " like a rock when he presses it.",
    "Aunty 58 has a red aching left eye since dinner, sees colour rings around the street lights, and felt sick.",
])
def test_a_red_eye_with_haloes_blur_or_a_hard_eye_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # a migraine's visual aura with no red eye
    "I get migraines with zigzag lines and shimmering in my vision for 20 min before the headache, eyes not red,"
    " same as always.",
    # haloes alone in a cataract
    "I have cataracts and see haloes around car headlights at night, no pain, eyes are white.",
    # red itchy eyes
    "both eyes red and itchy with hay fever, a bit watery, vision fine",
])
def test_an_aura_a_cataracts_haloes_or_itchy_eyes_are_calm(text: str) -> None:
    _calm(text)


# -- testicular torsion in lay or dialect words (NICE CKS scrotal pain: immediate referral)
@pytest.mark.parametrize("text", [
    "My boy (13) suddenly got a bad pain in his private area on the left after football and has been sick twice.",
    "Mi grandson 12 woke at 4 with pain in him private area, one side, and him vomit.",
])
def test_sudden_one_sided_pain_in_a_boys_private_area_is_emergent(text: str) -> None:
    _emergent(text)


def test_a_gradual_ache_with_a_burning_wee_is_urgent() -> None:
    # epididymo-orchitis: same day (NICE CKS scrotal pain and swelling; BASHH 2020)
    assert _level("Our lad (15) has a dull ache in one of his balls that came on slowly over 4 days and it burns"
                  " when he wees.") == "urgent"


def test_a_painless_lump_is_calm() -> None:
    _calm("my son found a small lump on his testicle in the shower, it does not hurt at all")


# -- a bleed after a tonsillectomy (ENT UK: any fresh blood or clots, hospital now)
def test_a_post_tonsillectomy_bleed_told_by_colour_and_clots_is_emergent() -> None:
    _emergent("My daughter (7) had her tonsils taken out 6 days ago. Tonight she keeps coughing up bright red and"
              " there are some jelly clots on her pillow, she looks white.")


@pytest.mark.parametrize("text", [
    # white and grey scabs
    "Son had tonsillectomy on Monday, his throat has white and grey patches at the back, is that infection? He is"
    " eating ice cream fine.",
    # a red ice lolly is no blood
    "Day 8 after her tonsillectomy she is spitting red ice lolly juice, is that ok?",
])
def test_scabs_or_a_red_lolly_after_tonsillectomy_are_calm(text: str) -> None:
    _calm(text)


# -- a knee dislocation with a vascular sign (BOAST / EAST: popliteal artery injury)
@pytest.mark.parametrize("text", [
    "A 30-year-old skier dislocated her right knee in a fall; it was put back by the ski patrol. Her right foot is"
    " pale and the pedal pulse is weak.",
    "My brother (19) knee popped out playing basketball and went back in, now his foot is numb and cold.",
])
def test_a_dislocated_knee_with_a_cool_foot_or_weak_pulse_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # a kneecap (patella) dislocation that went back, a normal foot
    "My daughter dislocated her kneecap at netball, it popped back in by itself, foot warm and pink, can wiggle toes"
    " fine.",
    "Twisted my knee skiing, it is swollen and sore but foot is fine, pulses normal.",
])
def test_a_kneecap_dislocation_or_a_twisted_knee_is_calm(text: str) -> None:
    _calm(text)


# -- orbital against preseptal cellulitis (NICE CKS cellulitis / RCOphth)
def test_swollen_lids_with_double_vision_and_washed_out_colours_are_emergent() -> None:
    _emergent("A 9-year-old boy: upper and lower lids puffy and red since yesterday after a cold, temperature 38.6;"
              " he sees two of everything and says greens look washed out.")


def test_a_swollen_lid_with_fever_and_a_freely_moving_eye_is_urgent() -> None:
    assert _level("My son (5) has a swollen red upper lid since yesterday and a temperature of 38.4, the eye moves"
                  " freely without pain and he can see fine.") == "urgent"


def test_a_puffy_lid_after_a_bite_is_calm() -> None:
    _calm("Her lower lid is puffy and red after a mosquito bite, no fever, eye looks normal.")


# -- exercise carried on as usual is no exertional pain (AHA/ACC 2021: chest-wall pain)
def test_reproducible_chest_wall_pain_while_exercising_as_usual_is_calm() -> None:
    _calm("A 26-year-old swimmer has had a sharp pain at the left side of the chest for 4 days when he twists, tender"
          " when I press on the rib. Still exercising as usual. Pulse 60, BP 118/70.")


@pytest.mark.parametrize("text", [
    "A 52-year-old smoker with diabetes has chest pain when jogging that goes into his left arm; pressing on the"
    " sternum reproduces the pain.",
    "A 30-year-old with chest pain, pressing on the ribs reproduces the pain, but he is sweaty and breathless, HR 128.",
    "A 35-year-old has chest pain that comes on when exercising and he feels sweaty.",
    "chest pain that comes on with exercise, 45, smoker",
])
def test_chest_pain_with_a_red_flag_stays_emergent(text: str) -> None:
    _emergent(text)


# -- levels: emergency contraception as the clock runs late (FSRH 2017/2023: within 120 hours)
@pytest.mark.parametrize("text", [
    "We had sex without a condom on Friday and I am not on the pill, it is Sunday evening. Is it too late for the"
    " morning-after pill?",
    "The condom came off on Tuesday, about 70 hours ago now. Can I still take Plan B or do I need something else?",
])
def test_emergency_contraception_late_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize("text", [
    # within hours, which pill to buy at a pharmacy: self-care
    "The condom slipped off about 9 hours ago with my husband. Which emergency contraception can I buy at the chemist?",
    "For a school project: how does the morning-after pill work?",
    # weeks ago: a pregnancy test, not EC
    "The condom split about three weeks ago, my period is late, should I do a test?",
])
def test_emergency_contraception_early_or_asked_in_general_is_routine(text: str) -> None:
    assert _level(text) == "routine"


# -- sudden one-sided hearing loss (NICE NG98: ENT within 24 hours)
@pytest.mark.parametrize("text", [
    "Since this morning my right ear is completely deaf, no pain, no cold. I am 52.",
    "Woke up today with my left ear muffled and ringing; when I hum, the hum is louder in my right ear. No earache.",
])
def test_a_sudden_one_sided_deafness_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


def test_a_blocked_ear_after_a_cold_with_earache_is_routine() -> None:
    assert _level("My ear has felt a bit blocked for two weeks since a cold, and I have had earache, sounds a bit"
                  " muffled.") == "routine"


# -- a suspected Achilles rupture (NICE CKS / BOAST 2021: same day)
@pytest.mark.parametrize("text", [
    "Playing squash last night I felt as if someone hit me in the back of the calf with a racquet, heard a snap, now I"
    " cannot stand on tiptoe on that leg.",
    "I think I ruptured my achilles at badminton, felt a pop, limping badly.",
])
def test_a_suspected_achilles_rupture_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


def test_an_achilles_ache_for_weeks_with_tiptoe_kept_is_routine() -> None:
    assert _level("My Achilles has ached for 6 weeks since I started running more, stiff in the mornings, I can still"
                  " go on my tiptoes.") == "routine"


# -- PID with a fever (BASHH 2019 / NICE CKS PID: same-day antibiotics)
@pytest.mark.parametrize("text", [
    "I am 26 and have had lower tummy pain for two days with a green smelly discharge, temperature 38.4.",
    "Pelvic ache on both sides that is worse during sex, and a discharge with a horrible smell; I feel hot, 38.2.",
])
def test_pelvic_pain_with_an_abnormal_discharge_and_fever_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize("text", [
    # thrush: an itchy white discharge, no pain, no fever
    "Thick white itchy discharge like cottage cheese, no pain, no fever.",
    "Bit of lower tummy cramping before my period, no fever, normal discharge.",
])
def test_thrush_or_period_cramps_are_routine(text: str) -> None:
    assert _level(text) == "routine"


# -- a red aching eye worse in bright light, the vision "misty" in quotes (NICE CKS red eye: anterior uveitis,
# same day), and a floater unchanged "for about 5 years" (NICE CKS retinal detachment: only new ones)
@pytest.mark.parametrize("text", [
    "A 40-year-old woman: a red, sore right eye for a day, worse in the sunlight, sight 'a bit hazy'. No lenses.",
])
def test_a_red_eye_worse_in_bright_light_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize("text", [
    "One grey floater drifts across my right eye, it has been the same for around 8 years, no flashes, no shadow.",
])
def test_a_floater_unchanged_for_years_is_routine(text: str) -> None:
    assert _level(text) == "routine"


def test_a_new_floater_is_still_urgent() -> None:
    assert _level("Since this morning I have a new floater in my left eye like a cobweb, no flashes.") == "urgent"
