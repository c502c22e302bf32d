"""General rules for what blind triage set 27 showed (first score in test_triage_blind27_report.py),
each written here in other words than the set uses: the misses that must now be emergent, the alarms
and level errors that must now be calmer, and the near misses of each new reading that must keep
their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- hyperkalaemia after missed dialysis: days told short, a potassium of 6.0-6.4, a skipping heart
#    (UK Kidney Association 2020: suspected hyperkalaemia after missed dialysis is an emergency)
@pytest.mark.parametrize("text", [
    "on haemodialysis, missed thursday's session because of a funeral, potassium was 6.2 on monday, feel ok",
    "Missed Thu at the renal unit, now my heart is fluttering",
    "Hemodialysis patient, no dialysis on Saturday as the unit flooded, K+ 6.3 last bloods.",
    "I skipped sat and tue at the renal unit, arms feel like jelly and my heart is fluttering",
])
def test_missed_dialysis_with_a_high_potassium_or_symptoms_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # on dialysis, nothing missed, diet changed for a potassium of 6.1
    "I'm on dialysis, potassium 6.1 last week, they adjusted my diet, no sessions missed",
    # gym sessions skipped, no dialysis anywhere
    "skipped the gym on Wed and Fri, legs heavy, potassium 6.1 on my bloods",
])
def test_a_potassium_of_six_without_missed_dialysis_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- a pulmonary embolism after surgery: a calf "puffed up" on one side, or breathlessness with a
#    streak of blood coughed up (NICE NG158: surgery, haemoptysis and signs of DVT on the Wells score)
@pytest.mark.parametrize("text", [
    "My mother is 10 days out from a hip replacement; her right calf has puffed up and she gets short of breath walking to the loo",
    "Two weeks after my hip op I'm getting out of breath on the stairs and this morning I coughed up flecks of red in my phlegm",
    "Caesarean 12 days ago, now breathless when I feed the baby and there were spots of blood when I coughed this morning",
])
def test_breathless_after_surgery_with_a_puffed_calf_or_blood_coughed_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # a knee swollen as expected after the operation, no breathlessness
    "knee surgery 3 weeks ago, leg a bit swollen as expected, no breathing problems, healing well",
    # a chest infection with a streak of blood and no clot risk
    "I've had a chest infection, coughing green phlegm with a streak of blood, a bit breathless, no surgery or flights",
])
def test_a_swollen_knee_after_surgery_or_a_chest_infection_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- bowel obstruction told by a carer: vomit that smells of faeces with no stool for days, or
#    vomiting with a belly tight like a drum (RCS / NICE CKS: emergency surgical admission)
@pytest.mark.parametrize("text", [
    "My aunt has dementia; no poo for 5 days, now throwing up dark stuff that smells of faeces",
    "Grandad's belly has gone tense and he's been sick three times today",
    "The resident I care for (60, cerebral palsy) is vomiting, his stomach feels hard like a drum",
])
def test_vomiting_with_a_tense_belly_or_faeculent_vomit_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # constipation and one vomit after a meal
    "no poo for 2 days and threw up once after a dodgy kebab",
    # a full feeling after a meal
    "my tummy feels tight after a big meal, no vomiting",
    # a baby's vomit that smells of the nappy
    "baby was sick on me and it smelled like poo because of his nappy",
])
def test_constipation_or_a_tight_tummy_alone_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- high suicide risk told calmly: two warning signs of different kinds, the medicines kept back
#    among them (NICE NG225 / CG16; AFSP warning signs: farewells, possessions given away, means
#    acquired, a sudden calm)
@pytest.mark.parametrize("text", [
    "Since the weekend my husband (50) has been oddly serene and says he's at peace with it all; he has"
    " given his tools and watch to friends and wrote notes addressed to each of the grandchildren.",
    "She's been collecting her zopiclone and her mum's codeine, and has given her jewellery away to cousins.",
    "Our son left cards addressed to all of us on the table and seems relieved about everything, very calm.",
])
def test_warning_signs_of_suicide_without_the_word_are_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "I keep my insulin in the fridge and I'm saving my tablets for the holiday",
    "We gave his old bike and scooter to friends when he outgrew them, he's doing well",
    "Grandma wrote cards addressed to each of the grandchildren for Christmas, she loves doing it",
])
def test_one_sign_alone_or_an_everyday_gift_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- a sign denied in a list ("not sweaty") stays denied though a findings concept ("not sweating",
#    heat stroke's anhidrosis) spans the same words: a chest-wall strain is not cardiac
@pytest.mark.parametrize("text", [
    "35F, chest aches after a new rowing session, sore when I press on the ribs, not sweaty, pulse 70",
    "my left chest hurts since bench press on Monday, sore to press on, not sweaty, HR 58",
])
def test_a_chest_wall_strain_with_sweating_denied_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    "crushing chest pain and I'm sweaty",
    "roofing all day in the heat, now confused and not sweating anymore",
])
def test_sweating_or_anhidrosis_told_still_fire(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a mild hypo treated and over is self-care (NICE NG17: severe is one needing another person's
#    help); glucose or dextrose tablets are a hypo's treatment, not an overdose
@pytest.mark.parametrize("text", [
    "Type 1, sugar dropped to 2.6 after football, had 4 dextrose tabs and a banana, now 5.9 and fine",
    "took 16 g of dextrose tablets for a hypo of 3.1 while cycling, now 6.2, feel fine",
    "T1D here, took 15g of glucose tabs for a low of 3.5 before netball, back to 6.1 after 15 min",
])
def test_a_self_treated_hypo_or_glucose_tablets_are_not_an_emergency(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize(("text", "level"), [
    ("type 1, had a hypo, my wife had to give me glucagon, now back up to 7", "urgent"),
    ("sugar was 2.8 an hour ago, had juice, now 3.3 still shaky", "urgent"),
    ("she swallowed 30 glucose tablets and 20 paracetamol tablets", "emergent"),
])
def test_a_hypo_needing_help_or_not_over_or_a_real_overdose_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a passive wish not to wake, a plan denied and a protective factor told (NICE NG225 1.5: same-day
#    assessment); a plan denied alone (test_general_rules_21), "no plans yet" or no denial stays emergent
@pytest.mark.parametrize("text", [
    "I'd rather not wake up tomorrow, no plan, I'd never do that to my mum",
    "Since the divorce she sometimes wishes she were dead; denies any plans and is close to her sister.",
])
def test_a_passive_wish_with_no_plan_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "some nights I wish I was dead, no plans yet but it's getting worse",
    "I wish I was dead. I have no plans, whatever.",
    "I wish I were dead. I have no plans for the weekend.",
    "wish i could go to sleep and never wake up",
])
def test_a_passive_wish_with_no_plan_denied_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- shingles on the trunk: pain or tingling down one side of the chest or back is a dermatome, not
#    half the body (no stroke sign); blisters in a band on one side are shingles (NICE CKS: urgent)
@pytest.mark.parametrize("text", [
    "tingling down the right side of my back and a rash of blisters, age 64",
    "Numbness and burning over the left side of her ribs, then a band of blistering rash, she's 77",
    "stinging along the right side of my back for 2 days, now little blisters there, I'm 58",
])
def test_shingles_on_one_side_of_the_trunk_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "numbness down the left side since this morning",
    "sudden tingling down the right side of my body and my arm feels heavy",
])
def test_numbness_of_one_side_of_the_body_is_still_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


def test_a_cold_sore_on_one_side_of_the_lip_is_routine() -> None:
    assert _level("blisters on one side of my lip again, cold sore") == "routine"


# -- an INR over 5 told after a home meter's words (NICE CKS / BSH: withhold and recheck the same day)
@pytest.mark.parametrize("text", [
    "my INR at the clinic today came back at 6.3, no bleeding, on warfarin",
    "Checked Dad's INR with the fingerprick machine tonight and it read 8.1, he seems fine",
])
def test_a_high_inr_without_bleeding_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "INR machine reads 2.6, dose says 5 mg tonight",
    "INR check said 5 days until the next test",
])
def test_an_inr_in_range_or_a_dose_is_routine(text: str) -> None:
    assert _level(text) == "routine", text


# -- transplant recipients: an infection below the fever line on immunosuppressants (NICE NG51), a
#    creatinine up from baseline or a calcineurin level over target (KDIGO 2009): same day
@pytest.mark.parametrize("text", [
    "Liver transplant 2019, on tacrolimus, stinging when I wee and going every hour, temp 37.6",
    "Renal transplant last year on ciclosporin; my creatinine has gone up on the last two blood tests, I feel fine.",
    "kidney transplant patient, trough tacrolimus level 14.2 (target 6-8) on today's bloods, no symptoms",
])
def test_a_transplant_with_an_infection_or_a_graft_change_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "had a kidney transplant in 2015, bloods today all stable, creatinine 120 as usual, tacrolimus level in range",
    "I'm on mycophenolate for lupus, just a routine question about vaccines",
])
def test_a_stable_transplant_is_routine(text: str) -> None:
    assert _level(text) == "routine", text


# -- a surgical wound red and discharging in the days after an operation (NICE NG125 / CKS: same
#    day), a relative's operation days ago being the relative asked about, not a family history
@pytest.mark.parametrize("text", [
    "My sister had her gallbladder out by keyhole 6 days ago; one of the little cuts is red and leaking cloudy fluid.",
    "Post-op day 7 after hernia repair, the incision is red and there is pus on the dressing, temp 37.6",
    "c-section 8 days ago and the scar from my caesarean is oozing and red at one end",
])
def test_a_red_discharging_surgical_wound_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "My hernia op scar is healing, a little clear fluid at first but no redness now",
    "scraped my knee on the pavement, a bit red, no pus, cleaned it",
])
def test_a_healing_wound_or_a_graze_is_routine(text: str) -> None:
    assert _level(text) == "routine", text


# -- grade 2 diarrhoea, 4 or more stools a day, on anticancer treatment (UKONS triage: amber)
@pytest.mark.parametrize("text", [
    "On chemo for breast cancer (FEC), I've had diarrhoea six times a day since Tuesday, no blood",
    "My husband takes Xeloda; he has had watery stools 5 times per day for two days, drinking ok",
])
def test_diarrhoea_four_or_more_a_day_on_chemotherapy_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "On capecitabine, my stools are a bit softer than usual, twice a day, feel fine",
    "diarrhoea 5 times a day after a curry night, otherwise well, no chemo or anything",
])
def test_mild_diarrhoea_on_chemotherapy_or_diarrhoea_without_it_is_not_urgent(text: str) -> None:
    assert _level(text) == "routine", text


# -- delirium in dementia over days with normal observations is a same-day assessment of its cause
#    (NICE CG103); within hours, or with sepsis criteria, still an emergency. New incontinence or
#    urinary frequency at 80 or over is a urinary infection treated the same day (UKHSA over-65s)
@pytest.mark.parametrize("text", [
    "My father (88, Alzheimer's) has been more confused than usual for three days, his urine is dark and smelly. Temp 37.2.",
    "Nursing home resident aged 86 started being incontinent this week with urinary frequency, obs normal.",
])
def test_delirium_in_dementia_over_days_or_new_incontinence_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "Dad has dementia and since an hour ago he's suddenly very confused and can't recognise us",
    "my husband with vascular dementia has been more confused for 3 days, temp 38.6, breathing fast 26",
])
def test_sudden_confusion_or_sepsis_in_dementia_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- bleeding in early pregnancy known by a home test or by dates (NICE NG126: early pregnancy unit)
@pytest.mark.parametrize("text", [
    "Took a Clearblue, it came back positive 2 weeks ago, now some brown spotting, no pain",
    "7 weeks by LMP, home test positive, a little pink blood when I wipe, no cramps",
])
def test_spotting_in_early_pregnancy_without_pain_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


def test_spotting_after_another_positive_test_is_routine() -> None:
    text = "my covid test was positive, a bit of spotting mid-cycle"
    assert _level(text) == "routine", text


# -- COPD: oxygen near the person's own usual level is not the NHS 92 % line (BTS / NICE NG115:
#    target 88-92 %), a worse breathlessness is a same-day review; breathlessness at baseline with a
#    cold is self-care
@pytest.mark.parametrize("text", [
    "Emphysema. Two days more breathless than my normal, yellow phlegm, oximeter 90, it usually runs at 91-92.",
    "Dad has COPD, more short of breath than his usual this week, sats 90% and he is normally about 91",
])
def test_a_copd_exacerbation_near_the_usual_saturation_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize(("text", "level"), [
    ("COPD, sats 86 today, usually 92, very breathless", "emergent"),
    ("sats 91, I normally run 97, getting more breathless", "emergent"),
    ("COPD with a runny nose and a bit more phlegm than normal, breathing at my usual level, sats 93 (my usual)", "routine"),
])
def test_copd_below_target_a_drop_from_normal_or_a_cold_at_baseline_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a limb, joint or wound that "is warm" is local warmth, not a fever (a dialysis fistula's thrill
#    and bruit are its normal working: UK Kidney Association / NHS fistula care)
@pytest.mark.parametrize("text", [
    "New AV fistula in my right forearm, 4 weeks old, it hums and vibrates under my fingers; the arm is warm, hand pink.",
    "The skin over my new tattoo is warm, it's been 2 weeks and it's healing nicely",
])
def test_a_warm_limb_is_no_fever(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "my son is warm and floppy",
    "she feels hot and has been shivering for 6 days",
])
def test_a_person_who_is_warm_still_has_a_fever_word(text: str) -> None:
    assert _level(text) != "routine", text
