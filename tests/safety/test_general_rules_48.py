"""General rules for what blind triage set 48 showed (first score in test_triage_blind48_report.py),
each written here in other words than the set uses: the misses that must now be emergent, the look-alike
alarms that must now be calm, and the near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level


# -- paracetamol swallowed after a quarrel or a break-up (NICE CKS poisoning; TOXBASE: emergent
#    whatever the amount or how well the person feels, liver injury shows late)
@pytest.mark.parametrize("text", [
    "My 17 year old admitted she swallowed most of a packet of Panadol after a huge row with her boyfriend yesterday",
    "took a load of tylenol after a fight with my mom this afternoon, I'm fine though",
    "A 14-year-old swallowed about ten of her father's paracetamol after a falling-out with her parents, 20 hours ago, now well",
    "He downed a box of co-codamol after his wife walked out on Sunday; no symptoms so far",
])
def test_paracetamol_after_a_quarrel_is_emergent(text: str) -> None:
    _emergent(text)


# -- the same act asked about ("is it bad if I took ..."): a question about what was done, not a hypothetical
@pytest.mark.parametrize("text", [
    "hi is it bad if i took 25 of my nan's paracetamol last night? feel fine now",
    "would it be dangerous if he swallowed 30 of the tablets earlier",
])
def test_a_question_about_an_ingestion_already_done_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "After an argument with my husband I had a pounding headache so I took two paracetamol",
    "had a row with my sister and took paracetamol for the headache",
    "Had a falling out with my dad, can I take paracetamol for the stress headache?",
    "what if i took 20 paracetamol",
])
def test_paracetamol_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- an eating disorder with a slow pulse, a faint or a collapse on standing (RCPsych MEED 2022)
@pytest.mark.parametrize("text", [
    "My son (17) has anorexia nervosa; he fainted in the shower this morning and is still very pale",
    "She's bulimic and her resting pulse on her Garmin has been 38 all day",
    "my sister has anorexia and went dizzy and collapsed as she got up from bed",
])
def test_an_eating_disorder_with_red_risk_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "My daughter has anorexia and her weight is stable, she's seeing the eating disorder team next week; any tips for meal times?",
    "Patient with an eating disorder, HR 64, BP 110/70, weight gain this month",
])
def test_eating_disorder_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- a heavy drinker newly unsteady and muddled, or with abnormal eye movements (NICE CG100; Caine 1997)
@pytest.mark.parametrize("text", [
    "He drinks about 120 units a week and for the past few days he's been staggering and confused, eyes flicking side to side",
    "Alcohol dependent woman, unsteady on her feet and muddled since yesterday",
    "My uncle gets through a bottle of vodka a day; he keeps walking into walls and has nystagmus, the GP says",
])
def test_wernicke_signs_in_a_heavy_drinker_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I drink 60 units a week, is that too much? no symptoms",
    "My husband is a heavy drinker and has been unsteady for years, no confusion",
])
def test_drinking_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- intent told sideways: no need of one's medicines after a chosen date, with affairs settled (AFSP; NICE NG225)
@pytest.mark.parametrize("text", [
    "Dad sold his van and paid off his loans, and told the pharmacist he won't be needing his pills after Friday",
    "She said, without any emotion, that she has got everything in order and won't need any more appointments after this week",
])
def test_veiled_intent_with_affairs_settled_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "The consultant stopped my statin, so I won't be needing the tablets after Friday",
    "I sold my car last month and won't need appointments after my knee heals",
])
def test_medicines_stopped_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- self-harm denied flatly, and the slang for a comedown (NICE NG225: intent asked about and denied)
@pytest.mark.parametrize("text", [
    "Low since the divorce, crying at night, but I'm not going to hurt myself and I have my kids. Can I self-refer for counselling?",
    "she's not going to harm herself, she says, she just feels flat since losing her job",
    "went raving on saturday, pills and all, and now it's the classic suicide tuesday, just low and tired",
])
def test_denied_self_harm_and_the_comedown_stay_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "I'm not going to lie, I want to hurt myself tonight",
    "Since the festival I feel so low I keep thinking about suicide",
    "I said I'm fine but honestly I'm going to kill myself",
])
def test_self_harm_near_misses_still_fire(text: str) -> None:
    _emergent(text)


# -- a tremor on lithium: the long-known fine tremor is its side effect (BNF; NICE CG185)
@pytest.mark.parametrize("text", [
    "I've been on Priadel for ten years, levels always 0.6-0.8, I've always had a slight tremor in my fingers, no other problems",
    "on lithium for 3 years, fine tremor since i started it, no change, last level 0.5",
])
def test_a_known_fine_tremor_on_lithium_stays_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "On lithium, my hands have developed a coarse tremor over two days and I'm walking into walls",
    "on lithium and i've got a new tremor and feel muddled",
    "my mum's on lithium and her shaking has got much worse since she had the flu",
    "I have a fine tremor on lithium but the last two days I've had diarrhoea and vomiting and the tremor is much worse",
])
def test_lithium_toxicity_still_fires(text: str) -> None:
    _emergent(text)


# -- a passed episode of chest tightness, stairs climbed since without trouble (NICE CG95; CKS palpitations)
@pytest.mark.parametrize("text", [
    "After four double espressos I had a racing heart and a tight chest for a few minutes last night; today I'm fine and"
    " climbed the stairs at work without any problem",
    "my chest felt tight for 5 minutes after a pre-workout drink, it's gone, I've since walked up two flights of stairs with no problem",
])
def test_a_passed_episode_with_exertion_tolerated_stays_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "tight chest when I walk up the stairs",
    "I get chest tightness climbing the stairs, no problem at rest",
])
def test_exertional_chest_pain_still_fires(text: str) -> None:
    _emergent(text)


# -- ibuprofen under 100 mg/kg (TOXBASE): urgent at most; over it, or unweighed, still emergent
@pytest.mark.parametrize("text", [
    "My 14-year-old daughter swallowed three ibuprofen 200 mg tablets after a row with her friends; she weighs 48 kg and feels fine",
    "Our 6-year-old son swallowed two 400 mg ibuprofen tablets, he is 20 kg, seems fine",
])
def test_a_small_ibuprofen_ingestion_is_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "Our 6-year-old son swallowed six 400 mg ibuprofen tablets, he is 20 kg, seems fine",
    "My 14-year-old daughter swallowed three ibuprofen 200 mg tablets after a row with her friends; she feels fine",
    "My 16 year old swallowed four ibuprofen 200 mg and twenty paracetamol, 55 kg",
])
def test_an_ibuprofen_ingestion_over_the_line_or_unweighed_still_fires(text: str) -> None:
    _emergent(text)


# -- confusion "more than usual" over days with a known infection and steady observations (NICE CG103: same day)
@pytest.mark.parametrize("text", [
    "Mum (88) has been more muddled than usual for three days, temperature 37.9, pulse 92, eating and drinking",
])
def test_a_known_confusion_made_worse_over_days_is_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "Grandad is more confused than usual today and has a fever of 39.5 and is breathing fast",
    "Dad (79) suddenly confused this morning, doesn't know where he is",
])
def test_sudden_or_septic_confusion_still_fires(text: str) -> None:
    _emergent(text)
