"""General rules for what blind triage sets 40 and 41 showed (first score in test_triage_blind40_report.py),
each written here in other words than the sets use: the misses that must now be emergent, the look-alike
alarms that must now be calm, and the near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level as _level


# -- ketoacidosis signs on an SGLT2 inhibitor with an unremarkable glucose (MHRA Drug Safety Update 2016/2020)
@pytest.mark.parametrize("text", [
    "Mum takes dapagliflozin for her diabetes. She's been sick four times today, tummy ache, and she's panting."
    " Her sugar was 11 so it can't be that",
    "I'm on Forxiga and gliclazide, vomiting since this morning and breathing really fast and deep, glucose 9.8",
    "65F on canagliflozin, abdominal pain and vomiting since yesterday, BM only 12",
])
def test_ketoacidosis_signs_on_an_sglt2_inhibitor_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # one sign only
    "On empagliflozin for my heart, a bit of an upset tummy since lunch, otherwise fine",
    # the drug asked about, no illness
    "Can I take dapagliflozin with my blood pressure tablets? I feel well",
])
def test_sglt2_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- orthopnoea told as its cause, and pink frothy sputum (NICE NG106 chronic heart failure; CG187 acute)
@pytest.mark.parametrize("text", [
    "Dad has heart failure and for three nights now he can't breathe when he lies flat, so he's dozing upright in his"
    " chair",
    "My wife's coughing up pink, frothy phlegm and is wheezy, she's got a weak heart",
    "He's been bringing up frothy spit with blood in it since supper and can't get his breath",
])
def test_orthopnoea_and_pulmonary_oedema_signs_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "Heart failure, weight up 1 kg this week, sleeping flat on two pillows as always, breathing as usual",
    "Frothy white spit after the dentist numbed my mouth, no blood, breathing normally",
])
def test_heart_failure_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- opioid toxicity on a patch (MHRA Drug Safety Update 2014/2020: transdermal fentanyl)
@pytest.mark.parametrize("text", [
    "Grandad's on a buprenorphine patch and the carer put a second one on by mistake. His breathing is very shallow"
    " and his pupils are pinpoint",
    "She has a morphine patch for her back, now she's really drowsy and her breathing is slow",
])
def test_opioid_toxicity_on_a_patch_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "Is it OK to shower with a fentanyl patch on? I feel fine",
    "My butrans patch fell off in the night, I'm a little sleepy today but breathing fine",
])
def test_opioid_patch_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- trimethoprim with an ACE inhibitor, ARB or potassium-sparing diuretic and a slow pulse or profound
#    weakness (MHRA Drug Safety Update 2019; UK Kidney Association 2020 hyperkalaemia)
@pytest.mark.parametrize("text", [
    "Dad is on lisinopril and eplerenone, the GP gave him trimethoprim for his water on Monday. Now his heart rate"
    " is 41 and he feels faint",
    "My aunt takes losartan and amiloride and started co-trimoxazole last week; she's so weak she can't stand up",
])
def test_trimethoprim_hyperkalaemia_risk_with_a_slow_pulse_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I'm on ramipril and have been given trimethoprim for cystitis, is that safe? I feel well, pulse 72",
])
def test_trimethoprim_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- a sudden loss of sight in one eye, found on waking (RCOphth / NICE CKS: retinal artery occlusion)
@pytest.mark.parametrize("text", [
    "Woke up and can hardly see out of my left eye, it's like a grey veil, doesn't hurt. I'm 68",
    "My husband (72) got up this morning and could barely see with his right eye, no pain at all",
])
def test_one_eyed_loss_found_on_waking_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "My reading glasses are old and I can hardly see the small print in the newspaper",
])
def test_vision_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- settling affairs with a means kept (AFSP warning signs; NICE NG225)
@pytest.mark.parametrize("text", [
    "Since his wife died he has sold his van and put his affairs in order, and he's kept her old oxycodone"
    " 'just in case'",
    "He updated his will last week and is holding on to his late wife's tablets just in case",
])
def test_affairs_settled_with_medicines_kept_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # one sign alone
    "I've updated my will now that the grandchildren have arrived, feeling happy",
    "We keep some paracetamol in the cupboard just in case",
])
def test_warning_sign_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- one testicle in pain, told as a "nut" (NICE CKS scrotal pain and swelling: torsion)
@pytest.mark.parametrize("text", [
    "14 yo, sudden agony in my right nut since half an hour ago and I threw up",
    "my lad says there's a sudden pain in his left nut, came on out of nowhere while he was in bed",
])
def test_sudden_pain_in_one_nut_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # a nut eaten, not a testis
    "stomach pain after I ate a nut bar, bit bloated",
])
def test_nut_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- a late period told of the woman, with ectopic signs (NICE NG126)
@pytest.mark.parametrize("text", [
    "My periods are always regular and I'm 10 days late. Bad pain low on the left and I nearly fainted in the shower",
    "periods usually spot on but she's three weeks overdue, pain in her lower tummy and the tip of her shoulder hurts",
])
def test_late_period_with_ectopic_signs_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I'm 2 days late with my essay and stressed, period pain as usual",
])
def test_late_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- a kick from a large animal or a handlebar to the belly (NICE NG39 major trauma; ATLS)
@pytest.mark.parametrize("text", [
    "My daughter (9) was kicked in the tummy by a pony an hour ago, now she's sick and her belly hurts",
    "Son came off his bike and the handlebar went into his tummy, he's pale and says his stomach hurts",
])
def test_blunt_abdominal_mechanism_with_pain_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "kicked in the shin by a horse at the stables, bruised, walking fine",
    "Fell on the handlebars and grazed my knee, nothing else hurts",
])
def test_blunt_mechanism_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- mania with psychotic risk (NICE CG185 bipolar disorder)
@pytest.mark.parametrize("text", [
    "My sister has not slept for four nights, says she is invincible and was found on the ledge of her balcony",
    "He slept maybe 3 hours over the last five nights and now thinks he can fly, he climbed onto the roof",
])
def test_mania_with_psychotic_risk_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "Revising for finals, slept maybe 10 hours over the last three nights, feel tired but okay",
    "Up on the roof fixing a tile this afternoon, all fine",
])
def test_mania_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- look-alikes that must not be emergent
@pytest.mark.parametrize("text", [
    # a low-toxicity dose taken twice, well (TOXBASE)
    "Did I overdose? I took my simvastatin 40 mg at 8 and then again at 10 because I forgot, I feel fine",
    "Took omeprazole twice by mistake this morning, I think I overdosed, no symptoms",
    # a heavy bleed from a small cut that stopped with pressure (NICE CKS lacerations)
    "Cut my finger chopping onions, there was so much blood, but it stopped after about 10 minutes of pressure",
    # a faint at a blood test with full recovery (NICE CG109)
    "My daughter passed out when they drew her blood at the clinic, came round straight away, fine now",
    # a passive wish with self-harm denied and a reason not to act (NICE NG225)
    "Some days I wish I was dead, but I have never made a plan, have not hurt myself and would not because of"
    " my kids",
    # breath-holding spells (NHS)
    "Our 2-year-old has breath-holding spells: he screams, holds his breath, his lips go blue and he's back to"
    " normal in seconds",
    # a newborn's sleep noises while well (NHS newborn breathing)
    "My 10 day old makes little grunts and snuffles when asleep, feeding well, pink, lots of wet nappies",
])
def test_look_alikes_stay_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    # a double dose with signs of toxicity still fires
    "Took my atorvastatin twice by mistake and now I'm vomiting and confused, I think I overdosed",
    # a stab wound that stopped bleeding still fires
    "He was stabbed in the leg, there was so much blood, it stopped after 5 minutes with pressure",
    # a passive wish without a plan denied stays an emergency
    "I wish I was dead and I don't want to wake up tomorrow",
    # grunting with every breath in a baby stays an emergency
    "My 4 week old is grunting with every breath and feeding poorly",
    # blue lips in a child without a breath-holding story stay an emergency
    "My toddler's lips have gone blue and she's struggling to breathe",
])
def test_calm_readings_keep_the_real_emergencies(text: str) -> None:
    _emergent(text)


# -- an adult's fever with a heart rate of 91-130, told alert and eating and drinking: NICE NG51's moderate
#    risk (same day), not high risk; confusion, a rate over 130 or another sign keeps it emergent
@pytest.mark.parametrize("text", [
    "34-year-old man, 2 days of flu-like illness, T 38.9, HR 108, BP 126/80, RR 18, alert and eating and drinking",
    "Sore throat and fever since yesterday. Temp 38.4 HR 115, she's alert, drinking well, sats 98%",
])
def test_fever_with_a_moderate_heart_rate_in_a_well_adult_is_not_emergent(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "45-year-old woman, T 39.1, HR 134, alert and eating and drinking",
    "T 38.8, HR 112, new confusion since this morning, not eating",
    "Fever 38.6 and HR 118 for a day, not alert, barely drinking",
])
def test_fever_with_a_high_risk_feature_stays_emergent(text: str) -> None:
    _emergent(text)


# -- found after the round, in its notes: a warning sign told of someone else, and a denial inside a match
@pytest.mark.parametrize("text", [
    "my brother has given his guitar away, paid off his debts and written letters to us all",
    "my son gave away his xbox and wrote us all letters last night",
    "Dad has given his tools away and left notes for them all in the kitchen drawer",
])
def test_warning_signs_told_of_someone_else_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "wrote us all a shopping list for the week and gave away the old sofa",
    "Gran wrote us all letters from her holiday in Spain",
])
def test_letters_to_everyone_alone_stay_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize(("text", "level"), [
    ("the cut on his hand is not gaping, edges come together, bleeding stopped", "routine"),
    ("cut on her knee, it isn't gaping but it is deep", "routine"),
    ("the cut on my thumb is gaping open and won't close", "urgent"),
    ("a 3 cm gaping laceration on his shin from the trampoline", "urgent"),
])
def test_a_denied_gaping_cut_is_not_one(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- AFSP warning signs told now or of someone else: being a burden, "better off without him", a calm
# that is not like the person (each a sign beside another, never alone)
@pytest.mark.parametrize("text", [
    "my brother keeps saying he is a burden to everyone and he has been giving his stuff away",
    "I'm just a burden on my family. I've sorted my will and given my bike away",
    "my dad says we would be better off without him and he has sold his car and paid off his loans",
    "mum said goodbye to all of us last night and has been really calm today, which is not like her",
])
def test_warning_signs_of_burden_and_calm_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I dont want to be a burden with all my questions, how often should I take paracetamol",
    "she feels like a burden to the family since her hip op, can the OT help with a stairlift",
    "my nan has given her old sewing machine away to the charity shop and is really calm today, which is like her",
    "the team would be better off without him as captain, he keeps missing training",
])
def test_one_warning_sign_or_none_stays_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "my dad says we'd be better off without him and he has sold his car and paid off his loans",
    "he says youd all be better off without him, and he gave his dog away",
])
def test_better_off_without_him_told_with_a_contraction_is_read(text: str) -> None:
    _emergent(text)
