"""General rules for what blind triage sets 38 and 39 showed (first score in test_triage_blind38_report.py),
each written here in other words than the sets use: the misses that must now be emergent, the look-alike
alarms that must now be calm, and the near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- a dialysis session not attended, told by its day, with weakness or palpitations
#    (UK Kidney Association 2020, acute hyperkalaemia; NICE NG203)
@pytest.mark.parametrize("text", [
    "My husband is on haemodialysis; he didn't make it in on Tuesday because the car broke down and now his"
    " arms feel weak and his heart is skipping",
    "I'm 71 and have dialysis at the renal unit Mon/Wed/Fri. Couldn't go on Wednesday (snow), today I'm"
    " breathless and my legs are like jelly.",
    "Mum (58), kidney dialysis. She wasn't able to get there Saturday, ride cancelled. Palpitations since lunch.",
])
def test_dialysis_not_attended_on_a_day_with_symptoms_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # the session attended
    ("On dialysis, went on Friday as usual, legs a bit heavy after the gym", "routine"),
    # another outing missed, well
    ("Dad is on dialysis; he couldn't go to church on Sunday because of the snow, he feels fine", "routine"),
])
def test_dialysis_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- Scots "no been herself": new confusion in the very old is not denied (NICE CG103 / NG51)
@pytest.mark.parametrize("text", [
    "He's no been himself since yesterday, awful muddled, he's 81",
    "My nan's 92 and she's no been right since Tuesday, she's wandering and muddled",
])
def test_scots_no_been_herself_with_confusion_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    ("she's no been herself this week, just a bit tired, eating fine, 80", "routine"),
])
def test_no_been_herself_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a long lie and hip-fracture signs told plainly (NICE CG124; NICE CG161 / BGS long lie)
@pytest.mark.parametrize("text", [
    "Found my dad (87) at the bottom of the stairs this morning, he couldn't get himself up and had been lying"
    " there all night",
    "Grandad took a tumble in the garden. His right foot is pointing outwards and that leg is shorter, he's in agony",
    "85 yo woman slipped in the bathroom, leg seems shortened and the toes are rolled out to the side",
])
def test_long_lie_and_hip_fracture_told_plainly_are_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    ("She slipped but got herself up straight away, legs fine, walking normally", "routine"),
    # hypothetical
    ("If she couldn't get herself up she'd be lying there for hours, should we get an alarm?", "routine"),
])
def test_long_lie_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- chest-wall pain with breathlessness denied without a verb ("not short of breath"), and no breathing
#    rate read from "short of breath, did 4 flights" (AHA/ACC 2021: reproducible on palpation or movement)
@pytest.mark.parametrize("text", [
    "Sore chest after push-ups, worse when I press on it. Not short of breath, 30",
    "tender spot on my ribs since rowing yesterday, sharp chest pain when I twist, not short of breath, 19",
])
def test_chest_wall_pain_with_breathlessness_denied_is_calm(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    ("crushing chest pain and short of breath, 58", "emergent"),
    ("chest pain, I'm not sure but I think I'm short of breath, 60", "emergent"),
])
def test_chest_wall_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a troponin whose verdict is told later in the clause: assessed and normal (NICE CG95)
@pytest.mark.parametrize("text", [
    "Seen in ED yesterday for chest pain; ECG and a troponin blood test were done and came back normal. Pain settled.",
    "had two troponins taken 3 hours apart at the hospital and the doctor said both normal, chest pain gone",
    "Chest pain on Sunday, A&E did troponin bloods, they told me they were all normal",
])
def test_troponin_told_normal_later_in_the_clause_is_calm(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    ("chest pain, troponin was raised but the ECG was normal", "emergent"),
    ("chest pain still, troponin 3 hours apart and the second one was higher", "emergent"),
])
def test_troponin_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a pet's signs are the vet's (ConText experiencer: not the patient)
@pytest.mark.parametrize("text", [
    "my dog Max has been collapsing and won't wake properly, he's 14, should I go to the vet",
    "Our old rabbit is unconscious and breathing really fast, is that serious?",
    "the puppy has been vomiting blood twice today, what do I do",
])
def test_a_pets_signs_are_calm(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    ("my dog bit my son and now he's unconscious", "emergent"),
    ("my cat is fine but my husband collapsed and is unconscious", "emergent"),
    ("my dog is fine, my husband is unconscious", "emergent"),
    # the pet's words reach only a few words: a person's signs told after them still count
    ("the dog has been sick and my daughter (2) is floppy and unresponsive", "emergent"),
    ("my dog has been vomiting all day and my husband now has crushing chest pain and is sweating", "emergent"),
])
def test_pet_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a young baby grunting while passing a stool: infant dyschezia (Rome IV; NHS), not respiratory grunting
@pytest.mark.parametrize("text", [
    "my 6 week old goes bright red and grunts when he's doing a poo, then it's soft, feeding well",
    "Newborn (10 days) grunts loads while pooing, poo is mustard and soft",
])
def test_grunting_while_passing_a_stool_is_calm(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    ("my 5 week old grunts with every breath and has had fewer wet nappies", "emergent"),
    ("4 week old grunting and breathing fast, also hasn't pooed today", "emergent"),
])
def test_grunting_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a dog bite told with the place first and the dog by its lay or breed name (NICE NG184: a bite that
#    broke the skin, same-day antibiotics)
@pytest.mark.parametrize("text", [
    "my son (9) was bitten on the finger by the neighbour's collie this morning, it broke the skin and is swollen",
    "nipped on the ankle by a terrier at the park, two puncture marks, 45",
    "Bitten on the thumb by our jack russell an hour ago, deep puncture, hand swelling up",
])
def test_dog_bite_told_by_breed_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize(("text", "level"), [
    ("bitten on the leg by a mosquito, small red bump", "routine"),
    ("licked on the hand by my neighbour's staffy, no marks at all", "routine"),
])
def test_dog_bite_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text
