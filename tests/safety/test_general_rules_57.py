"""General rules for what blind triage set 57 showed (first score in test_triage_blind57_report.py),
each written here in other words than the set uses: the misses that must now be emergent, the look-alike
alarms that must now be calm, and the near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level


# -- a chemical in an eye told with the side and no possessive, as a call record writes it (RCOphth)
@pytest.mark.parametrize("text", [
    "52F. Drain unblocker splashed up into L eye 5 min ago, rinsed briefly, eye burning.",
    "Builder 40M, lime mortar flicked into left eye on site, washed it for a few seconds, can't open it",
    "Caller's son, 6: bleach squirted into right eye from the bottle, crying, eye red",
])
def test_a_chemical_into_a_side_eye_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "Pt 40M. Bleach fumes while cleaning, eyes watering, no splash to the eye, now fine.",
    "bought new eye drops for left eye, they sting a bit when they go in",
])
def test_fumes_and_eye_drops_stay_calm(text: str) -> None:
    _calm(text)


# -- a snake told by its kind alone after a bite, or a bite hoped "dry" (ARC guideline 9.4.1: any
#    suspected snake bite is an emergency)
@pytest.mark.parametrize("text", [
    "something bit my foot in the long grass down by the creek, I think it was a tiger, it slid off. two small marks",
    "got bitten on the calf bushwalking, didn't see what got me, hopefully just a dry bite, feel fine",
    "Caller 60M, WA. Bitten on the hand moving sheets of tin 30 min ago, says it was a dugite. Mild nausea.",
])
def test_a_snake_by_its_kind_or_a_dry_bite_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "the horse bit me on the shoulder, it was a brown one with a white blaze, just a bruise",
    "bitten by a black ant on my arm, itchy red bump",
    "redback got me on the hand in the garden, hopefully a dry bite, just sore at the spot",
    "bit into a brown apple and my tooth hurts",
])
def test_other_bites_and_browns_stay_calm(text: str) -> None:
    _calm(text)


# -- an exertional pain in the jaw, throat or arm now at rest over 15 minutes with sweating or nausea:
#    an acute coronary syndrome told as another complaint (NICE CG95)
@pytest.mark.parametrize("text", [
    "my dad (68) keeps getting 'indigestion' in his throat when he walks the dog up the hill, stops when he stands"
    " still. tonight it came on while he was sitting in his chair and it's been going for 25 minutes now, clammy",
    "For a week my left arm aches when I climb the stairs, settles after a minute of rest. Now it started while"
    " resting, ongoing 20 min, feeling sick.",
    "66M, smoker. Ache R lower jaw on exertion for a week; tonight came on at rest, 40 min now, sweaty.",
])
def test_an_exertional_jaw_throat_or_arm_pain_now_at_rest_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "my jaw aches when I run uphill in the cold, goes off within a minute of stopping, no other symptoms",
    "toothache for 2 days, worse at night, came on while lying in bed for 30 minutes, feel sick from the painkillers",
    "jaw clicking and aching in the mornings, I grind my teeth, fine walking and on stairs",
    "59M, smoker: tight ache across the chest walking uphill, eases within two minutes of stopping, it has never come"
    " on at rest, pattern unchanged for a month",
])
def test_a_jaw_ache_without_rest_pain_or_without_exertion_stays_calm(text: str) -> None:
    _calm(text)


# -- weakness climbing from the feet, now unable to climb stairs or rise, with a weak cough, breathlessness
#    or trouble swallowing: Guillain-Barré with bulbar or respiratory involvement (NHS; Leonhard 2019)
@pytest.mark.parametrize("text", [
    "had a flu thing 10 days ago, now my legs are weak, the weakness has crept up to my thighs, I can't get out of"
    " the chair and I'm choking on drinks",
    "F 52, gastro 3 weeks ago. Numbness spreading up her legs to her hips since Monday, today she couldn't climb"
    " the stairs, says it's hard to breathe",
    "Pins and needles in both feet for 3 days, now up to the shins, can't stand up from the sofa, cough is feeble.",
])
def test_an_ascending_weakness_with_bulbar_or_breathing_trouble_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "numbness moving up to my knees for a few days after the jab, walking fine, no breathing trouble",
    "I can't climb stairs since my knee op, and I'm breathless with my COPD",
    "pins and needles in my hands and around my mouth when I panic, short of breath",
])
def test_spreading_numbness_alone_or_weak_legs_alone_stay_calm(text: str) -> None:
    _calm(text)


def test_an_ascending_weakness_without_breathing_trouble_is_urgent() -> None:
    assert level("tingling in my feet now up to the ankles, legs giving way at times") == "urgent"


# -- a lot of blood seen from a cut that has stopped with pressure is no catastrophic bleed (NHS cuts and
#    grazes: 999 only when pressure does not stop it); a deep wound, a blood thinner or a restart still fire
@pytest.mark.parametrize("text", [
    "Cut my palm on a broken glass, blood everywhere in the sink, held a tea towel on it for 15 minutes and the"
    " bleeding has stopped. Small cut, fingers move fine.",
    "sliced my thumb opening a tin, bled profusely at first but I pressed on it with kitchen roll and it's stopped now",
    "Pt 30F. Lac to L index finger from a bread knife, lost a lot of blood initially, direct pressure 10 min, then"
    " it stopped.",
])
def test_a_cut_that_stopped_with_pressure_is_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "cut my wrist on a window, blood everywhere, pressed a towel on it for 20 min and it still hasn't stopped",
    "my dad cut his shin on the mower, blood everywhere, he's on apixaban, I pressed on it and it's stopped",
    "got stabbed in the thigh, blood everywhere, we held pressure and it stopped",
    "he cut his hand on glass, blood everywhere, pressed on it and it stopped then started again",
    "there's blood everywhere, he's cut his arm on a window",
])
def test_bleeding_not_stopped_or_with_a_risk_stays_emergent(text: str) -> None:
    _emergent(text)


# -- a dental infection: a denial inside the gap is no swelling into the neck (NICE CKS dental abscess)
def test_a_dental_swelling_denied_in_the_neck_is_urgent() -> None:
    assert level("Abscess on a lower molar, cheek puffy, temp 38.1, the swelling hasn't gone down to my neck, can open"
                 " wide and swallow fine") == "urgent"


@pytest.mark.parametrize("text", [
    "wisdom tooth infection, now the swelling is spreading down into my neck and it's hard to swallow",
    "bad toothache, face swollen, the swelling is going down my neck since this morning",
])
def test_a_dental_swelling_into_the_neck_stays_emergent(text: str) -> None:
    _emergent(text)


# -- same-day levels: a bite told as a dog by its breed that "got" someone (NICE NG184), a testis aching over
#    days with swelling or burning passing urine (NICE CKS scrotal pain; BASHH), a weekly methotrexate taken
#    twice (BNF), a painful lump in the buttock cleft (NICE CKS pilonidal sinus)
@pytest.mark.parametrize("text", [
    "my mate's boxer caught him on the forearm at the park, teeth marks broke the skin, a bit swollen",
    "the collie got my ankle when I was cycling past, two holes, bit red",
    "R testis aching for 4 days, gradually, now swollen and tender, stinging passing water. No vomiting.",
    "my husband took a double dose of his methotrexate this week, he feels fine",
    "Mum accidentally took her methotrexate on Thursday as well as Monday, no symptoms",
    "Tender swelling in the natal cleft for 3 days, throbbing, can't sit on it, 37.5",
])
def test_same_day_problems_read_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "the dog got me out of bed at 5am, my knuckles are swollen from arthritis",
    "the spaniel got me on the wrist, didn't break the skin, just a red mark",
    "I'm on weekly methotrexate and take folic acid twice a week, any foods to avoid?",
    "had a pilonidal sinus removed years ago, scar is fine",
    "right testicle sore after a long bike ride yesterday, not swollen, no fever",
    "Burning passing urine and going often since yesterday. No fever, no back pain, not pregnant.",
])
def test_their_near_misses_stay_routine(text: str) -> None:
    assert level(text) == "routine", text


# -- set 56's urgent cases in other words: a concussion's signs after a knock to the head (UK Concussion
#    Guidelines for grassroots sport 2023), a scaphoid sign after a fall on the hand (NICE CKS scaphoid),
#    a wound over a knuckle from a fist that met teeth (NICE NG184: a human bite)
@pytest.mark.parametrize("text", [
    "took a knee to the head at football, saw stars for a bit, coach subbed me off, feel ok now",
    "U14 hockey: stick to the side of the head, no vomiting, stunned for a few seconds, taken off the ice. Alert now.",
    "F 24, FOOSH off her bike this morning, snuffbox tenderness R, pain on axial compression of the thumb.",
    "got into a scrap friday and punched some bloke in the teeth, small cut on my middle knuckle, bit sore",
    "cut my knuckle on his teeth in a fight last night, small split, sore",
])
def test_set_56_same_day_shapes_read_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "bumped heads with another player, no dazed feeling, no headache, played on fine",
    "I feel dazed and foggy from this cold, head is stuffed up",
    "cut my knuckle on a cheese grater, tiny nick",
    "hit my head on the door and cut my knuckle putting up a shelf",
])
def test_their_near_misses_stay_routine_too(text: str) -> None:
    assert level(text) == "routine", text
