"""General rules for what blind triage set 35 showed (first score in test_triage_blind35_report.py),
each written here in other words than the set uses: the miss that must now be emergent, the look-alike
alarms that must now be calm, the clinical false alarms and level errors that must now be urgent or
routine, and the near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- a present pregnancy before a clause dated "N months ago" / "last month" is still present; severe
#    hypertension or pre-eclampsia symptoms after 20 weeks, relayed by an interpreter or worker (NICE NG133)
@pytest.mark.parametrize("text", [
    "I'm the interpreter for a lady at the refugee centre. She is 36 weeks pregnant, came to the UK 3 months ago, and "
    "since last night her headache won't go and she sees flashing lights. Can she see a GP next week?",
    "Writing on behalf of my client, who is 31 weeks pregnant with twins, moved here a year ago, no GP yet: the midwife "
    "took her blood pressure today, 162/112. Does she need an appointment?",
    "Support worker here. My service user is 28 weeks pregnant, had her first scan months ago, and her BP at the chemist "
    "was 170/105 this afternoon.",
    "Estoy escribiendo por mi vecina: she is 35 weeks pregnant, arrived from Honduras two months ago, she says her face "
    "and hands are swollen and she sees little sparkling lights.",
    "I'm 33 weeks pregnant and this evening my face and hands are really puffy, my rings don't fit. Is that normal?",
])
def test_relayed_pregnancy_with_severe_hypertension_or_preeclampsia_symptoms_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # someone else's pregnancy in the past
    ("My friend had pre-eclampsia last year when she was 34 weeks pregnant; she's asking what the signs are for next "
     "time.", "routine"),
    # a question about a symptom she has not got
    ("My client is 34 weeks pregnant and asks whether headaches are common in pregnancy; she has none now.", "routine"),
    # a normal blood pressure
    ("She is 34 weeks pregnant, moved here 2 months ago, BP 128/80 at the pharmacy, feels well and wants to register "
     "with a GP.", "routine"),
    # swollen feet alone, and swelling denied
    ("38 weeks pregnant, my feet are swollen by the evening, go down overnight, BP fine at the midwife.", "routine"),
    ("I'm 33 weeks pregnant; my face and hands are not swollen and my rings fit fine, just asking about travel.",
     "routine"),
    # "ago" alone after a comma still dates what the comma follows
    ("I had a heart attack, 2 years ago, and want to know about flying.", "routine"),
])
def test_pregnancy_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- health education: a topic taught to others is no event
@pytest.mark.parametrize("text", [
    "Youth worker here: any tips on how to talk about suicide with teenagers in a group session? I want to signpost "
    "helplines.",
    "I run a staff training session on self-harm awareness next week. What should the slides cover?",
    "Best way to speak to Year 8 about self-harm without giving them ideas?",
])
def test_teaching_about_suicide_or_self_harm_is_calm(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "One of my Year 9 pupils told me after the lesson that she wants to kill herself and has been cutting. What do I do?",
    "How do I talk to my son about his self-harm? He cut his arms again last night.",
    "What's the best way to talk to my teenage son about suicide? He said last night he wants to kill himself.",
    "How to talk to my daughter about her self-harm, she showed me cuts on her arm today",
    "A session on overdose for our support workers: what should it cover? Also, one of my clients took 30 paracetamol "
    "an hour ago.",
])
def test_a_pupil_or_child_at_risk_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a strength in international units is no count of tablets (TOXBASE: vitamin D is of low acute toxicity)
@pytest.mark.parametrize("text", [
    "My daughter (15) took her 400 IU vitamin D tablet twice this morning by mistake, she's fine",
    "Took my 50000 IU vitamin D tablet this morning, it's the weekly one, and then again tonight by mistake. Feel fine.",
    "I think I have overdosed on vitamin D3, I took my 1000 iu tablet at 8 and then again at 9. 47M, well.",
])
def test_a_vitamin_d_dose_taken_twice_is_calm(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "My toddler swallowed about 10 of my iron tablets 20 minutes ago.",
    "I took 40 vitamin D tablets on purpose last night because I wanted to end it.",
    "Took 30 units of insulin instead of 3 by mistake an hour ago",
    "I overdosed on my iron tablets, took 15 of them this morning",
])
def test_iron_insulin_and_deliberate_ingestions_stay_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a newborn's periodic breathing: a change denied ("never goes blue or floppy") is no sign
@pytest.mark.parametrize("text", [
    "My 2-week-old has little breathing pauses of a few seconds when asleep; she never turns blue or floppy and feeds "
    "well.",
    "3 week old, breathing goes fast then slow in his sleep with short pauses; he never went pale or limp, feeding fine.",
    "Newborn (6 days) has periodic breathing when asleep, pink throughout, never gets floppy or grey, lots of wet "
    "nappies.",
])
def test_periodic_breathing_without_colour_change_is_calm(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "My 5 week old had a pause in her breathing for 20 seconds and went blue and floppy.",
    "10-day-old went floppy and grey during a breathing pause this morning.",
    "My 3 week old has never gone this floppy before, he's hard to wake.",
    "Her lips never went blue but she is floppy now and not feeding, 2 weeks old.",
])
def test_a_pause_with_colour_change_or_limpness_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# ... and an infant's apnoea, 20 seconds or more or with colour change, is emergent (AAP 2016 BRUE; NHS)
@pytest.mark.parametrize("text", [
    "My 6 week old stopped breathing for about 20 seconds in his sleep, then started again, seems fine now.",
    "My 4 week old stops breathing in her sleep for a few seconds and goes blue around the lips.",
    "Our baby (3 weeks) paused his breathing for over 30 seconds while asleep, we had to pick him up.",
])
def test_an_infant_apnoea_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # an adult's sleep apnoea
    "My husband stops breathing for 20 seconds at a time when he snores, his sleep study is next month.",
    # a short pause without colour change
    "My 3 week old has little pauses in his breathing of about 5 seconds when asleep, stays pink, feeds well.",
])
def test_apnoea_near_misses_stay_routine(text: str) -> None:
    assert _level(text) == "routine", text


# -- Kawasaki features in a child told well: same-day paediatric assessment (NICE NG143; AHA 2017)
@pytest.mark.parametrize("text", [
    "My 4 year old has had a temperature of 39 for 6 days, her lips are red and cracked and her eyes are bloodshot but "
    "no gunk. She's drinking well and weeing normally.",
    "18 month old, fever 38.8 for 5 days, swollen red feet, strawberry tongue, peeling fingers; drinking fine, plenty of "
    "wet nappies, breathing comfortably",
])
def test_kawasaki_features_in_a_well_child_are_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize(("text", "level"), [
    # nothing told of the child's state: still emergent
    ("3-year-old with 6 days of fever, red cracked lips, bloodshot eyes without discharge and swollen hands and feet.",
     "emergent"),
    # not drinking, drowsy: emergent
    ("2-year-old, fever for 5 days, red cracked lips, red eyes, not drinking well, fewer wet nappies, very sleepy.",
     "emergent"),
    # a red feature told beside the reassurance
    ("3-year-old, fever 39 for 5 days, red cracked lips and red eyes, drinking, but mottled and floppy now.", "emergent"),
    # no fever at all
    ("My 4 year old has had a temperature of 37.1 for 6 days? No, his lips are cracked from the cold and his eyes are "
     "red from hay fever; drinking well.", "routine"),
])
def test_kawasaki_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- passive thoughts ("better off without me") with plan and intent denied and a protective factor (NICE NG225)
@pytest.mark.parametrize("text", [
    "I keep thinking everyone would be better off without me. No plans or intent to do anything, my dog keeps me going. "
    "Can I get a GP appointment this week?",
    "Sometimes I feel my family would be better off without me, but I have no plan, and my children would stop me.",
])
def test_passive_thoughts_without_plan_or_intent_are_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "I keep thinking everyone would be better off without me.",
    "Everyone would be better off without me. I have no plan but I've been saving up my tablets.",
    "Everyone would be better off without me, no plan or intent, but I can't keep myself safe tonight.",
    "Everyone would be better off without me, I took an overdose last week and I have no plans now.",
])
def test_passive_thoughts_with_means_or_no_safety_stay_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- spreading cellulitis told in Hinglish (NICE NG141)
@pytest.mark.parametrize("text", [
    "Meri mummy (58) ke haath pe red patch hai, kal se phail raha hai aur touch karo toh garam lagta hai. Diabetic hain. "
    "Clinic jaana chahiye?",
    "Bhai ke pair pe red area hai jo 2 din se bada ho raha hai, dard bhi hai, fever nahi hai.",
])
def test_spreading_red_patch_in_hinglish_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


def test_a_red_patch_told_not_warm_in_hinglish_stays_routine() -> None:
    text = "Mere papa ke leg pe red patch hai par garam nahi hai, dard nahi, 2 saal se same hai, eczema hai."
    assert _level(text) == "routine", text


# -- a painful or swollen testis without torsion's signs: epididymo-orchitis, same day (NICE CKS; BASHH 2020)
@pytest.mark.parametrize("text", [
    "35M, left testicle has been getting more sore and swollen over 4 days, stings when I pee, temp 37.9, no vomiting, "
    "came on slowly.",
    "Hi, 28, my right ball has ached for 2 days and feels swollen at the back, burning when I wee, new girlfriend last "
    "month. Can I wait till next week?",
    "Bloke, 41, painful swollen scrotum on the left for 3 days, started gradually, mild fever.",
])
def test_gradual_testicular_pain_and_swelling_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize(("text", "level"), [
    ("My 14 year old woke at 4am with sudden severe pain in his left testicle and has vomited twice.", "emergent"),
    ("Testicular ache on and off for 2 years, GP says varicocele, no change.", "routine"),
    ("My testicle was a bit sore after a long bike ride last weekend, I am fine now, just wondering why.", "routine"),
    ("I want to know how to check my testicles for lumps, no pain or swelling.", "routine"),
    # soreness alone after a long ride: no swelling, fever or urinary symptoms
    ("Did a 60-mile sportive yesterday and my balls are a bit sore today, nothing else, peeing fine.", "routine"),
])
def test_testicular_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a high glucose counts when it persists (JBDS / Diabetes UK sick-day rules)
@pytest.mark.parametrize("text", [
    "Mum's type 2, had a steroid injection on Friday: her sugar went up to 21 on Saturday, this morning fasting is 8.2. "
    "She feels well and is eating.",
    "Type 2 on metformin, after a steroid jab my sugars went up to 300 mg/dL on Monday, today fasting is 140. No "
    "symptoms.",
    "T2DM, on steroids for COPD, fasting glucose 12-16 mmol/L this week, thirsty and peeing more, ketones 0.2, otherwise "
    "well.",
])
def test_a_high_glucose_falling_back_or_under_15_at_its_lowest_is_routine(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize(("text", "level"), [
    ("Type 2, on prednisolone, glucose up to 19 this morning and 21 now, thirsty, ketones not checked.", "urgent"),
    ("Type 1, glucose 14 this morning, now 27, ketones 3.4 and vomiting.", "emergent"),
    ("Been fasting since 18:00 for my blood test, feel a bit dizzy", "routine"),
])
def test_glucose_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text
