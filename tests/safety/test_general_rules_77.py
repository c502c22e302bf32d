"""General rules for what blind triage sets 78 and 77 showed (first scores in test_triage_blind78_report.py and
test_triage_blind77_report.py), each written here in other words than the sets use: thoughts of ending one's life
told of someone else ("has been thinking about ending her life"), with a gun kept told after it ("the rifle she
keeps at home") or affairs "sorted" without "in order", emergent even inside a visit about something else, a
plan denied urgent, a denial ("never thought about") nothing; a suspected ectopic told in Taglish (a period
"delayed na", pain "masakit ... puson", "nahimatay", the "tip ng shoulder"); an ankle injury that meets the
Ottawa rules in lay words (the bone at the back of the ankle tender, four steps not managed). Each with the
near misses that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level as _level


# -- thoughts of ending one's life told of someone else, with means or a warning sign (NICE NG225 1.5; AFSP)
@pytest.mark.parametrize("text", [
    "A 67-year-old retired gamekeeper, whose wife died in March, sees the practice nurse for a dressing. He mentions"
    " he has settled his affairs and has been thinking about taking his own life with the rifle he keeps in the gun"
    " cabinet at home.",
    "Podiatry note: 58-year-old woman, recently divorced, says she has been contemplating ending her life and has"
    " sorted out her affairs.",
    "My brother (44) lost his job last month. Tonight he told me he's been thinking about ending his life and that"
    " the shotgun he has at the farm would do it.",
])
def test_thoughts_of_ending_ones_life_with_means_or_a_sign_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # passive thoughts, no plan or means (C-SSRS 1; NICE NG225: a same-day assessment)
    "Sometimes I wish I wouldn't wake up in the morning, but I have no plan and I would never act on it.",
    # thoughts told with a plan denied
    "A 39-year-old chef tells the dietitian she has been thinking about ending her life since the miscarriage; she"
    " has no plan and her partner is very supportive.",
])
def test_thoughts_without_a_plan_or_means_are_same_day_not_emergent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # affairs sorted for a will after a diagnosis, no self-harm talk
    "72-year-old retired postman, newly diagnosed with prostate cancer, has sorted out his affairs and updated his"
    " will with a solicitor. Keeps a shotgun for clay pigeon shooting. Sleeping well, looking forward to his"
    " grandson's wedding.",
    # a denial the negation cues might miss
    "Low mood for two months after redundancy; he has never thought about ending his life and is seeing friends.",
])
def test_affairs_sorted_for_a_will_or_a_denial_are_not_emergent(text: str) -> None:
    _calm(text)


# -- a suspected ectopic told in Taglish (NICE NG126: pain in early pregnancy with shoulder-tip pain or fainting)
@pytest.mark.parametrize("text", [
    "hello po, 5 weeks delay na ang regla ko, di pa ako nag pregnancy test. sumasakit left side ng puson ko since"
    " kagabi and nahimatay ako kanina sa kusina. 31F",
    "good eve doc, delayed period ko 6 weeks na. masakit ang puson ko sa kanan and may sakit din sa dulo ng"
    " balikat ko. pwede ba paracetamol?",
])
def test_a_suspected_ectopic_told_in_taglish_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # a late period, no pain and no faint
    "hi po, 1 week delayed na mens ko, wala naman masakit. normal lang ba yun from stress?",
    # a flight delayed with a belly ache, nobody pregnant
    "our flight got delayed 6 hours and now masakit tiyan ko from the airport food, 45M",
])
def test_a_late_period_alone_or_a_delay_of_something_else_is_not_emergent(text: str) -> None:
    _calm(text)


# -- an ankle injury meeting the Ottawa rules told in lay words (Stiell 1993; NICE CKS sprains: same-day X-ray)
@pytest.mark.parametrize("text", [
    "My daughter (15) turned her ankle at hockey this afternoon. The bone at the back of her inner ankle is really"
    " tender and she couldn't manage four steps on it. Foot is pink and warm.",
    "Went over on my right ankle hiking in Snowdonia, I can't walk 4 steps without help and the bone at the tip of"
    " the outer ankle is sore when pressed.",
])
def test_an_ankle_injury_meeting_the_ottawa_rules_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


def test_a_sprain_that_bears_weight_with_ligament_tenderness_only_is_routine() -> None:
    assert _level("Rolled my left ankle at netball last night. I can walk on it with a slight limp, it's sore on the"
                  " soft part in front of the ankle bone, the bone itself isn't tender. A bit swollen. Ice and rest?"
                  ) == "routine"


# -- a panic attack in someone with diagnosed panic or anxiety, settled with breathing exercises (NICE CG113;
# NICE CG95: chest pain with sweating, radiation, breathlessness or shock is still an emergency)
def test_a_settled_panic_attack_calmed_by_breathing_exercises_is_not_emergent() -> None:
    _calm("I've had panic attacks since uni (diagnosed with GAD). In the supermarket queue my heart raced, my hands"
          " and mouth went tingly, my chest felt tight and I was sure I was dying; it passed in about 10 minutes doing"
          " my breathing exercises like always. Heart tests were fine last year. Feel fine now, pulse 74.")


@pytest.mark.parametrize("text", [
    # a first episode at 50 with sweating
    "I'm 50 and have never had this before: a tight chest for the last 20 minutes and I'm sweating buckets. Tried"
    " some breathing exercises.",
    # a pain that has not settled
    "I have panic disorder but this chest pain has not settled after an hour of breathing exercises, it's still"
    " crushing.",
    # breathless at rest
    "Known anxiety. Chest feels tight and I'm short of breath just sitting on the sofa, breathing exercises aren't"
    " helping.",
    # a panic history, the pain spreading to the arm and jaw
    "I get panic attacks but tonight the tightness in my chest is spreading down my left arm and into my jaw, did my"
    " breathing exercises.",
    # a sense of doom with a low pressure
    "Sudden sense of doom, chest tightness, BP 82/50 on my home monitor, feel clammy. I have anxiety and tried"
    " relaxation exercises.",
    # exercise itself bringing the tightness on
    "I'm 61, my chest has been tight and heavy during my exercise class three times this week.",
])
def test_chest_tightness_with_a_red_flag_or_brought_on_by_exercise_is_still_emergent(text: str) -> None:
    _emergent(text)


# -- fluid gain in heart failure told as puffier ankles, the HF team by its letters (NICE NG106; ESC HF 2021)
def test_puffier_ankles_in_heart_failure_are_same_day() -> None:
    assert _level("Dad (81) is under the HF clinic. His ankles are looking puffier the last two days and his trousers"
                  " are tight; breathing is as usual, sleeping on two pillows. On furosemide 40mg.") == "urgent"


def test_evening_ankle_swelling_as_always_in_heart_failure_is_routine() -> None:
    assert _level("Heart-failure patient here, 68: ankles look a bit swollen this evening after a long day on my feet,"
                  " same as always, weight steady.") == "routine"


# -- known AF running over 110 at rest (NICE CKS atrial fibrillation: uncontrolled, a same-day rate review)
def test_known_af_running_fast_for_hours_is_same_day() -> None:
    assert _level("I have known atrial fibrillation on bisoprolol. My watch says heart rate in the 130s since this"
                  " morning, no chest pain, not dizzy, not breathless.") == "urgent"


@pytest.mark.parametrize("text", [
    # known AF at a controlled rate
    "I've had AF for years; my pulse is 78 this morning and I feel fine, just checking whether to take my apixaban"
    " with food.",
    # a pulse timed for 30 seconds is no rate of 30
    "Timed my pulse for 30s after the run and it was normal, no AF history.",
])
def test_known_af_at_a_controlled_rate_or_a_timed_pulse_are_routine(text: str) -> None:
    assert _level(text) == "routine", text


# -- a child's earache whose fever settles on a painkiller, eating and playing (NICE NG91 1.1: self-care)
def test_an_earache_whose_fever_settles_in_a_child_who_plays_is_routine() -> None:
    assert _level("My son is 4, earache since last night and a temperature of 38.6, it came down with Calpol and he's"
                  " playing happily with his trains, eating his tea.") == "routine"


@pytest.mark.parametrize("text", [
    # the fever settles but the child is not playing
    "Our 2-year-old has an earache and a fever of 38.9 that settles with paracetamol, but she's not playing and just"
    " lies on the sofa.",
    # a discharge from the ear
    "My daughter (5) has earache, fever 38.4, and yellow gunk coming out of her ear. The temp settles with ibuprofen"
    " and she's playing normally.",
    # a fever that does not settle
    "Toddler with an earache and a temp of 38.5, not settling with ibuprofen.",
])
def test_an_earache_with_a_child_not_playing_a_discharge_or_a_fever_not_settling_is_same_day(text: str) -> None:
    assert _level(text) == "urgent", text


# -- light-headed on standing with a systolic of 100 or under after an ACE inhibitor or diuretic rise (NICE NG106; BNF)
def test_light_headed_with_a_low_pressure_after_a_dose_rise_is_same_day() -> None:
    assert _level("The GP doubled my furosemide on Monday and since then I go dizzy when I get out of bed; my monitor"
                  " says 94/60 this morning. 77 years old.") == "urgent"


def test_a_little_dizzy_after_a_dose_rise_with_a_normal_pressure_is_routine() -> None:
    assert _level("My lisinopril dose was increased last week and I feel a little dizzy on standing, but my blood"
                  " pressure is 132/78. Is that normal?") == "routine"
