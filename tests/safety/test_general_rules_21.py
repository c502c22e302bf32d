"""General rules for what blind triage set 21 showed (first score in test_triage_blind21_report.py),
each written here in other words than the set uses: the misses that must now be emergent, the
look-alikes that must stay calm or come down to a same-day level, and the near misses of each new
rule that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- intent to die told of someone else, and a means acquired with another warning sign (NICE NG225;
#    AFSP warning signs: acquiring means, saying goodbye)
@pytest.mark.parametrize("text", [
    "Her sister rang to say that she intends to take her own life tonight once the house is empty.",
    "He told the pharmacist he has decided to end his life and will not say how.",
    "My dad has bought a hosepipe and has written letters to each of us, and he won't talk about it.",
    "She got hold of a length of rope last week and has been giving her jewellery away to her friends.",
])
def test_intent_told_of_another_or_a_means_with_a_sign_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # a rope for a purpose, no other sign
    "We bought a rope for the tyre swing in the garden and the kids love it.",
    # ending a life in history, not an intent
    "The film is about a king whose brother ended his life in a duel.",
])
def test_a_rope_alone_or_a_story_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- an atypical coronary syndrome: upper-abdominal or interscapular ache with clamminess and nausea
#    (AHA/ACC 2021: women, diabetes, older age may have no chest pain)
@pytest.mark.parametrize("text", [
    "My 70-year-old mum has a heavy ache between her shoulder blades, she feels queasy and her skin has a "
    "clamminess to it. She says it's just indigestion.",
    "Heaviness in my upper tummy for an hour with clamminess and I feel nauseous. I'm diabetic.",
])
def test_anginal_equivalent_with_clamminess_and_nausea_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a thunderclap headache told as a pain at a place in the head, sudden, with vomiting or a stiff
#    neck (NICE CG150 1.1.1; subarachnoid haemorrhage)
@pytest.mark.parametrize("text", [
    "While straining on the toilet he felt a sudden bursting pain over the top of his head; he has been sick "
    "twice since.",
    "She had an abrupt pain in her head during sex, the worst at once, and now her neck is stiff.",
])
def test_sudden_pain_in_the_head_with_a_red_flag_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # a slow, familiar ache without a red flag
    "I get a dull pain at the back of my head most afternoons when I'm at the computer.",
])
def test_a_familiar_pain_in_the_head_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- a fast heart rate during exercise in a well person is physiology; at rest, or with chest pain,
#    fainting or breathlessness, it is not (RCUK 2021 tachycardia algorithm: adverse features)
@pytest.mark.parametrize("text", [
    "During spin class my fitness tracker showed a heart rate of 181. BP 121/79 afterwards at home and I "
    "feel great. I'm 26.",
    "Pulse got to 168 on my 10k this morning, BP 115/72 at the GP later. Normal?",
])
def test_a_fast_rate_during_exercise_when_well_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # at rest
    "My heart rate is 168 sitting on the sofa, BP 112/70, I only went for a run yesterday.",
    # with chest pain
    "Heart rate went to 190 during my run and I had crushing chest pain, BP 110/70.",
    # with fainting
    "Pulse hit 185 while jogging and I fainted on the path. BP 100/65 now.",
    # with breathlessness
    "Heart rate 180 at the gym and I'm still short of breath, BP 104/60.",
])
def test_a_fast_rate_at_rest_or_with_an_adverse_feature_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- "overdose" said in jest of a day's paracetamol within the adult licensed 4 g (BNF); any intent,
#    more than 4 g, a child, toxicity or a course over days still fires (TOXBASE)
@pytest.mark.parametrize("text", [
    "haha I've basically overdosed on tylenol today, 3g in total for this cold. that's fine right?",
    "Think I overdosed on panadol, 1.5 g today for my back. Feel fine.",
])
def test_a_joked_overdose_within_the_daily_dose_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # over the limit
    "I think I overdosed on paracetamol, 4.5 g today.",
    # intent
    "I overdosed on paracetamol on purpose, 3 g today.",
    # a child
    "My son overdosed on paracetamol, 2 g today.",
    # symptoms
    "overdosed on paracetamol, 3g today and now I'm vomiting and drowsy",
    # another medicine than paracetamol
    "I overdosed on my sertraline, 2 g today.",
    # a course over days
    "overdosed on paracetamol, 4 g today and the same every day for the last five days",
])
def test_an_overdose_over_the_dose_intended_in_a_child_or_with_signs_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a passive wish not to wake up, with plan and intent both denied (C-SSRS item 1; NICE NG225:
#    assessed the same day); any plan, intent, means or attempt stays emergent
@pytest.mark.parametrize("text", [
    "Some nights I wish I were dead, but there is no plan or intention behind it and I want help with my mood.",
    "I sometimes think I'd be better off dead but I have no plan or intent, I just feel flat.",
])
def test_passive_wish_with_no_plan_or_intent_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # a plan
    "Some nights I wish I were dead. No intent, but I've been saving up my tablets.",
    # intent
    "I wish I was dead and I want to kill myself, though I have no plan or intent worked out.",
    # an attempt
    "She wishes she were dead and took an overdose of 30 paracetamol last night; no plan or intent now, she says.",
    # only one of plan and intent denied
    "I wish I was dead. I have no plan.",
])
def test_passive_wish_with_plan_intent_means_or_attempt_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- same-day problems told in other words: a cut that gapes (closure within hours), a UTI in
#    pregnancy told as burning on micturition (NICE NG109)
@pytest.mark.parametrize("text", [
    "Caught my shin on the car door, there's a 3 cm gash and the edges won't stay together. Bleeding has stopped.",
    "She is 30 weeks pregnant with stinging on micturition and frequency since yesterday, no fever.",
])
def test_same_day_problems_in_other_words_are_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # bleeding that will not stop is still an emergency
    "Deep gash on my forearm that gapes open and blood is spurting out and won't stop with pressure.",
])
def test_a_gaping_cut_that_keeps_bleeding_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text
