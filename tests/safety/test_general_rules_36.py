"""General rules for what blind triage set 36 showed (first score in test_triage_blind36_report.py),
each written here in other words than the set uses: the misses that must now be emergent, the look-alike
alarms that must now be calm, the clinical false alarm and level error that must now be urgent, and the
near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- a testis "higher up than the other" told in lay words, after a knock, with tenderness or vomiting
#    (NICE CKS scrotal pain and swelling; EAU/ESPU paediatric urology: trauma does not rule torsion out)
@pytest.mark.parametrize("text", [
    "my 12 year old lad got kneed in the nuts at rugby an hour ago, he's been sick and says one side is sitting higher "
    "up than the other, really tender",
    "Son (15) caught a cricket ball in the crotch this afternoon, still doubled over, and says one looks further up than "
    "the other.",
    "teenage boy hit in the privates in PE, threw up, says the right one is higher than the other and it's tender",
    "My husband took a knee to the balls at five-a-side, now vomiting and one seems higher up than the other.",
])
def test_a_high_riding_testis_told_in_lay_words_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # hanging lower, always, no pain: no high-riding testis
    ("my son's left ball has always hung a bit lower than the other, no pain, is that normal?", "routine"),
    # a shoulder higher than the other after a gym session: no testis
    ("one shoulder is higher than the other after the gym and it's a bit tender, I'm 30", "routine"),
    # a boy's knock with nothing high-riding, no vomiting
    ("my son got hit in the privates at football yesterday, it was sore for a minute, he's fine now", "routine"),
])
def test_testis_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a slow pulse with a low home BP or presyncope on standing (RCUK 2021 bradycardia: adverse features)
@pytest.mark.parametrize("text", [
    "My nan's pulse is 38 and her machine reading was 85/52 tonight, she takes bisoprolol. Should she skip her dose?",
    "Husband is 74, on verapamil, pulse 39 on the oximeter and every time he stands up he turns pale and clammy.",
    "Dad 81 on digoxin: home monitor says 80/48, heart rate 37. He just feels washed out.",
])
def test_a_slow_pulse_with_low_bp_or_presyncope_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # a normal home reading on a beta-blocker
    ("My monitor reading is 128/82 and pulse 62 on bisoprolol, all fine?", "routine"),
    # standing up stiffly is no faint
    ("when she stands up she gets a bit stiff in the knees, she's 80, pulse 72", "routine"),
    # a visual acuity is no blood pressure
    ("Optician reading was 6/9 in the left eye, 78 year old, no symptoms", "routine"),
])
def test_slow_pulse_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a possible pregnancy with pain, bleeding and shock or collapse (NICE NG126: ruptured ectopic)
@pytest.mark.parametrize("text", [
    "My period is 3 weeks late and I've had some spotting, now I'm pale, sweaty and clammy and nearly fainted on the bus",
    "positive pregnancy test on Monday, crampy lower belly today and I went dizzy at work",
    "I'm about 7 weeks by dates, crampy tummy since lunch and I keel over if I stand.",
])
def test_early_pregnancy_with_pain_and_collapse_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # a crampy tummy in a possible pregnancy, nothing else
    ("Period 5 days late, mild crampy tummy like before a period, no bleeding, feel fine", "routine"),
    # pale and clammy after a run, no pregnancy
    ("pale and clammy after my half marathon, period came on time, feel ok now after a drink", "routine"),
])
def test_early_pregnancy_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- postpartum psychosis, the birth told as "N days after her baby" (NICE CG192)
@pytest.mark.parametrize("text", [
    "My daughter is 4 days after her first baby and hasn't slept in three nights, she's talking non-stop and says the "
    "baby is not hers.",
    "Sister-in-law, a week after having her baby, laughing at nothing, insists the baby was swapped at the hospital.",
    "Ten days since her baby girl and she believes the TV is sending her messages about him.",
])
def test_postpartum_psychosis_after_the_baby_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # tired with night feeds after the birth: no psychosis
    ("two weeks after having my baby, tired from the night feeds but happy, is that normal?", "routine"),
    # the baby's jabs, not a birth
    ("day 5 after the baby's jabs he is a bit unsettled, feeding well", "routine"),
])
def test_postpartum_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a small child into a pill organiser of one-pill-can-kill medicines, well (TOXBASE / NPIS)
@pytest.mark.parametrize("text", [
    "My 3 year old got into grandad's dosette box, the Friday slots are empty - they had amlodipine and metoprolol in. "
    "He seems fine.",
    "Toddler (2) was playing with my weekly pill box, Monday compartment now empty, it had my gliclazide and "
    "propranolol.",
    "18-month-old found with nan's organiser, two compartments are open, she takes diltiazem. Baby is happy and playing.",
])
def test_a_toddler_and_an_emptied_pill_organiser_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # an adult's own organiser emptied by the week
    ("the weekly pill organiser slots are empty, time to refill my verapamil prescription", "routine"),
    # a low-risk medicine in the slots
    ("My 3 year old opened the Tuesday slot of my pill organiser, it only has my vitamin D in it, he's fine",
     "routine"),
])
def test_pill_organiser_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a pregnancy told as "N weeks, second baby"; a womb hard and sore between tightenings (RCOG GTG 63)
@pytest.mark.parametrize("text", [
    "Caller 27, 30 weeks, first pregnancy: some fresh red blood on her pad this afternoon.",
    "34 weeks pregnant, my tummy has gone hard and stays tender between tightenings, and baby is quieter.",
    "36 weeks pregnant, bump feels painful between the tightenings and never softens, feel a bit shaky",
    "She is 29 weeks with her second baby and the bump has gone hard and sore since this morning.",
])
def test_antepartum_bleeding_or_a_hard_tender_womb_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # Braxton Hicks: hard for seconds, not painful, no bleeding
    ("32 weeks, second baby, tummy goes hard for a few seconds now and then, not painful, baby kicking lots", "routine"),
    # a baby's age, not a gestation
    ("my second baby is 31 weeks old and teething, any tips?", "routine"),
])
def test_pregnancy_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- chest-wall pain: reproduced by pressing or moving, absent at rest (AHA/ACC 2021 chest pain guideline)
@pytest.mark.parametrize("text", [
    "Did a big chest workout yesterday, now my chest aches when I press on the pecs, ok at rest, no breathlessness",
    "chest pain after lifting weights, sharp when I twist, better at rest, no sweating",
    "Chest aching both sides after a day of lifting boxes, worse raising both arms, tender when pressing on the muscles, "
    "pulse 70",
])
def test_chest_wall_pain_is_calm(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "chest pain at rest for an hour, sweating, 58M",
    "Chest pain not better at rest, sweaty and sick",
    "Chest hurts when I press on it after the gym, but I also feel breathless and clammy",
    "Crushing chest pain, fine at rest but came on walking up the stairs, I'm diabetic and smoke",
])
def test_chest_pain_with_a_coronary_feature_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a first-aid or resuscitation course's practice case is no patient
@pytest.mark.parametrize("text", [
    "CPR class tonight: the mock casualty is unconscious and not breathing, do I start with compressions?",
    "In our first aid training the simulated casualty is unresponsive, what position do we use?",
    "First aid exam tomorrow: our mock casualty will be lying face down and unconscious. Which way do I roll them?",
])
def test_a_practice_casualty_is_calm(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "On my first aid course today a real person collapsed and is unconscious, not breathing",
    "The practice scenario was easy, but now my dad is unconscious on the kitchen floor",
])
def test_a_real_casualty_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- anaphylaxis at an age long past, with nothing since: history, a prescription asked for
@pytest.mark.parametrize("text", [
    "My son (10) had anaphylaxis to cashew at age 4, nothing since. Need a new EpiPen prescription.",
    "Anaphylactic reaction to a wasp sting at age 6, none since, can I get my adrenaline pen renewed?",
    "She went into anaphylaxis at the age of 2 after egg, no more reactions since, school want a care plan.",
])
def test_anaphylaxis_long_ago_is_calm(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "She had anaphylaxis at age 3 and now her lips are swelling again after peanuts",
    "my son is having anaphylaxis now after a bee sting, he's 9",
])
def test_anaphylaxis_now_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- hopelessness with a plan to self-harm denied: a same-day review (NICE NG225 / NG222)
@pytest.mark.parametrize("text", [
    "He keeps saying what's the point since losing his job, but he has no plans to hurt himself and says the dog "
    "keeps him going.",
    "I can't see a future since the diagnosis. No plan to harm myself, I just need to talk to someone.",
    "Low mood for months, feels hopeless, denies any plans to harm himself.",
])
def test_hopelessness_without_a_plan_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize(("text", "level"), [
    ("What's the point of taking statins if my cholesterol is fine?", "routine"),
    ("I feel hopeless and I plan to kill myself tonight", "emergent"),
    ("what's the point, I've got the pills saved up and I want to hurt myself", "emergent"),
])
def test_hopelessness_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a fever's length told by weekdays ("since Saturday, it's Thursday"): five days is amber (NICE NG143)
@pytest.mark.parametrize("text", [
    "my 2 year old has had a fever since sunday, its friday now, still drinking and playing",
    "Fever on and off since Monday and today is Saturday, she's 4, eating OK",
    "4yo, temps up to 38.9 since last Wednesday, it's Monday now. Otherwise himself.",
])
def test_a_fever_of_five_days_told_by_weekdays_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize(("text", "level"), [
    # two days by the weekdays
    ("fever since Monday, today is Wednesday, 4 year old, drinking well", "routine"),
    # no fever: a cough since the weekend
    ("cough since saturday, its thursday now, no temperature, 3 year old running around", "routine"),
])
def test_weekday_fever_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text
