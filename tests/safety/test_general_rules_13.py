"""General rules for what blind triage set 13 showed (first score in test_triage_blind13_report.py),
each written here in other words than the set uses: the emergencies that must alarm, the
look-alikes that must stay calm, and the near misses of each new rule that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- a quiet suicide note (AFSP / 988 warning signs): medicines kept back, named or not; letters
#    to everyone; a time chosen for an act left unnamed
@pytest.mark.parametrize("text", [
    "I have been hoarding my mum's zopiclone for weeks now",
    "saved up my quetiapine and some of dad's tramadol, about 40 all told",
    "he has written each of his kids a letter and given the dog to the neighbour",
    "the time has come. I've said my goodbyes to everyone",
    "today feels like the perfect day, wrote everybody a note and sorted out my will",
])
def test_quiet_suicide_signs_are_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "been saving up for my meds, the prescription charges add up",
    "saving up my bottle caps for a school art project",
    "the time has come to sell the house, so we gave away the old furniture",
    "I think now is the right time to ask about HRT",
    "wrote my mum a letter for her birthday",
])
def test_suicide_look_alikes_stay_calm(text: str) -> None:
    assert _level(text) != "emergent", text


# -- reduced urine output in a young child (NICE NG143 amber, CG84): same-day, not routine
@pytest.mark.parametrize("text", [
    "my 18 month old has had diarrhoea since Sunday and is weeing a lot less",
    "baby is 10 months, tummy bug for 2 days, her nappies are much drier than usual",
    "toddler (2) throwing up since lunch, not as many wet nappies today, still drinking a bit",
    "4-year-old with gastroenteritis, her last wee was longer ago than usual, no fever",
])
def test_reduced_urine_in_a_young_child_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # wet nappies as usual, or someone else's intake
    "my 2 year old has a cold, plenty of wet nappies, eating less than usual",
    "my 2 year old has a cold, plenty of wet nappies and eating less than usual",
    # a Scots "wee" is small, not urine
    "my wee girl is 3 and eating less than usual with a cold",
    "my 3 year old has a runny nose, weeing normally and drinking well",
])
def test_nappies_as_usual_stay_routine(text: str) -> None:
    assert _level(text) == "routine", text


# -- facial weakness explained where it lies: a dental block today (Jenyon et al., BMJ Case Rep
#    2020), or a palsy that takes in the forehead (NICE CKS Bell's palsy) with slurring put down to
#    the lips; a stroke's droop without either still fires
@pytest.mark.parametrize("text", [
    "after my filling today the right side of my face feels numb and heavy and my mouth droops a bit",
    "half of my face is numb after the dental injection this morning, the corner of my mouth is drooping",
    "just back from the dentist, they gave me two injections, I'm dribbling and my mouth looks crooked",
    "after the dental injection my mouth droops and I'm slurring because my lip is numb",
])
def test_droop_after_a_dental_block_stays_calm(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "the left side of my face is weak and I can't raise my eyebrow on that side",
    "Bell's palsy since yesterday, the whole right side of the face won't move, some slurring from the lip weakness",
    "one side of my face won't move and I can't wrinkle my forehead on that side",
])
def test_facial_palsy_with_the_forehead_is_same_day(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # a droop with no dental procedure, or a dental procedure days ago: a stroke sign
    "my mouth is drooping on the left since lunch",
    "the left side of my face is weak",
    "numbness in the right side of her face since lunch",
    "had a tooth out 3 days ago and now my face is drooping on that side",
    # a dental block does not explain a limb or speech sign
    "had a tooth out this morning and now my face is drooping and my right arm is weak",
    "dentist injection at 10, now my smile is lopsided and I can't find my words",
    # slurring with no local cause, with a forehead-sparing droop
    "my speech is slurred and my face droops on one side",
])
def test_stroke_signs_without_a_local_cause_stay_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a numb hand or arm after lying or leaning on it: pressure on a nerve, not a stroke
@pytest.mark.parametrize("text", [
    "woke with my left hand numb and tingly, I'd been lying on my arm all night, it's fine now",
    "fell asleep with his arm draped over the back of the chair, right hand went numb for ten minutes",
    "slept in a funny position and my right arm was numb when I woke, pins and needles wore off after a bit",
])
def test_numb_arm_after_compression_stays_calm(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize("text", [
    # no pressure on the arm: the numb arm of a stroke
    "left hand numb and tingling since this morning, no idea why",
    # pressure on the arm, but weakness, a droop or speech trouble as well
    "woke up after sleeping on my arm and my right arm is weak and won't lift",
    "slept on my arm, hand still numb, and now my face is drooping on that side",
    "was lying on her arm, it's numb, and her speech is slurred",
])
def test_numb_arm_with_a_stroke_sign_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a known epilepsy's seizure that has ended, with the child back to themselves: the care plan,
#    not an ambulance (NICE NG217; NHS: 999 for a first seizure, over 5 minutes, repeated, no
#    recovery)
@pytest.mark.parametrize("text", [
    "my daughter is 8 and has epilepsy, she had a seizure at 3pm and she's back to normal now",
    "my 10 year old has epilepsy, had one of his typical seizures in class, 40 seconds, teacher says he's completely fine",
    "our 13-year-old is epileptic, had a fit this morning like always, 90 seconds, slept after and is back to herself",
])
def test_known_epilepsy_usual_seizure_recovered_stays_calm(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # a first seizure, or one called an epileptic fit with no known epilepsy
    "my 9 year old doesn't have epilepsy but had a seizure this morning, he's fine now",
    "my 12 year old had an epileptic fit at school, he's back to himself now",
    # known epilepsy, but over 5 minutes, repeated, or not yet recovered
    "my 6 year old has epilepsy, had a seizure lasting 7 minutes, he's back to himself now",
    "my son has epilepsy, he had 3 seizures one after another this morning",
    "my son has epilepsy, he had a seizure and he's not back to normal yet",
    "my daughter has epilepsy and just had a seizure",
])
def test_other_seizures_in_a_child_stay_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a faint at a needle: the needle of a blood test or jab is no drug paraphernalia (reflex
#    syncope, ESC 2018: low risk); needles found by someone unresponsive still are
@pytest.mark.parametrize("text", [
    "passed out at my flu jab, I hate needles, came round in seconds and was fine after a cup of tea",
    "I'm rubbish with needles and passed out briefly when the nurse took blood, back at work now",
    "passed out at the blood test, legs had pins and needles just before, fine now",
])
def test_faint_at_a_needle_stays_calm(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize("text", [
    # paraphernalia by someone unresponsive
    "my flatmate passed out in the bathroom, found a syringe on the floor",
    "he's unconscious and there's a needle still in his arm",
    # a faint with a high-risk feature (ESC 2018): palpitations first, on exertion, lying down,
    # chest pain; or no recovery
    "fainted during my blood test and I had palpitations just before, 45M",
    "my son collapsed while playing football, came round after a minute",
    "passed out when lying in bed last night, woke on the floor",
    "fainted at the blood test, came round in seconds but now have chest pain",
    "fainted when they took blood and she still hasn't come round, not responding",
])
def test_faints_with_a_red_flag_stay_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a thunderclap told as a simile of a blow or a burst (NICE CG150 1.1.1), with vomiting, a
#    stiff neck or discomfort from light (NICE NG240: meningism)
@pytest.mark.parametrize("text", [
    "it was like being kicked in the head, came on while we were having sex, and now my neck is stiff",
    "like something burst in my head an hour ago, I've vomited",
    "mum says it was as though somebody had thumped her on the back of the head while gardening, now she's being sick",
    "the bright light is uncomfortable and I have a headache and a stiff neck",
])
def test_thunderclap_simile_with_a_red_flag_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # a pounding hangover, a real knock without a referral feature, a simile with no red flag
    "my head hurts like someone is hitting it with a hammer, hungover, drinking water",
    "got hit on the head by a cricket ball, feel fine",
    "it felt as if someone had hit me on the back of the head, fine now, just a bit of a headache",
    # light that is uncomfortable with no headache or stiff neck
    "the bright light in the office is uncomfortable, any tips for screen glare?",
])
def test_simile_and_light_look_alikes_stay_calm(text: str) -> None:
    assert _level(text) != "emergent", text


# -- drooling with teeth or gums under 3 is teething (NICE CKS Teething); a swelling into the
#    neck, trismus, a child who cannot swallow, or drooling with fever, still fire
@pytest.mark.parametrize("text", [
    "my 14 month old is drooling loads and his gums are sore where his back teeth are coming, grumpy",
    "baby (7 months) drooling and chewing her fists, bottom gum looks swollen, temp 37.4",
    "toddler drooling non stop, a back tooth on its way I think, red cheek, eating ok",
])
def test_teething_drool_stays_calm(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    "my 2 year old has a swollen jaw from a bad tooth, drooling and can't swallow, swelling going down his neck",
    "my toddler is drooling and his gum is swollen over a molar, temp 39.2",
    "my 6 year old has a tooth abscess, drooling, can't open his mouth properly",
    "I'm 34, my gum is swollen by a wisdom tooth, I'm drooling",
])
def test_dental_infection_at_the_airway_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a sign denied by a bare "not" in a list ("afebrile and not jaundiced"), as "is not" denies it
@pytest.mark.parametrize("text", [
    "mum is 80 with a water infection, not confused, eating and drinking",
    "gallstones again after a fatty meal, pain gone now, not jaundiced",
    "toddler with a cold, alert, not drowsy, drinking well",
    "baby is 4 months, temp 37.8, feeding, not pale or floppy",
])
def test_signs_denied_by_not_stay_routine(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize(("text", "level"), [
    ("mum is 80 with a water infection and confused since this morning", "emergent"),
    ("his eyes have gone yellow since Monday, not eating", "urgent"),
    ("baby is 4 months, temp 37.8, pale and floppy, not feeding", "emergent"),
])
def test_signs_asserted_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- cellulitis told by its adjectives in any order (NICE NG141): same day
@pytest.mark.parametrize("text", [
    "there's a sore, red and hot area round the cut on my knee since Sunday, no temp",
    "red, swollen and warm patch on his forearm around a splinter, feels fine otherwise",
    "40M, redness and warmth round a bite on my ankle for two days",
])
def test_warm_red_patch_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "red, warm, tender skin on my back after a day at the beach, no blisters",
    "red itchy patch on my arm, dry skin, had it for weeks",
    "mosquito bite on my leg, red swollen patch, itchy",
])
def test_red_skin_without_cellulitis_stays_routine(text: str) -> None:
    assert _level(text) == "routine", text
