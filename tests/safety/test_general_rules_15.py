"""General rules for what blind triage set 15 showed (first score in test_triage_blind15_report.py),
each written here in other words than the set uses: the emergencies that must alarm, the
look-alikes that must stay calm, and the near misses of each new rule that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- a fever from 100.4 F (38.0 C) is a fever in Fahrenheit too, and "grumpier than usual" beside a
#    reading compares today with the usual state: the reading is today's, not a usual value
#    (NICE NG143: any temperature >= 38 C under 3 months is red)
@pytest.mark.parametrize("text", [
    "my boy is 6 weeks old, his temp was 100.5 F and he is grumpier than normal",
    "Baby is 2 months. Temp 100.8° under the arm and more unsettled than usual today",
    "newborn, 10 days old, 100.4 degrees this evening, feeding ok",
])
def test_fever_under_three_months_in_fahrenheit_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "my boy is 7 weeks old, his temp was 100.2 F and he is grumpier than normal but feeding well",
    "she is 8 months old, temp 100.6 F and a bit grizzlier than usual, feeding and weeing fine",
])
def test_no_fever_or_older_infant_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


def test_a_usual_value_stays_a_baseline() -> None:
    # a usual value is still not today's reading ("normally runs at 88%")
    assert _level("he has COPD and his oxygen usually runs at 88% at home, he's his normal self") != "emergent"


# -- a late period told with a fraction ("1.5 weeks late") is a possible pregnancy (NICE NG126)
@pytest.mark.parametrize("text", [
    "my period is about 1.5 weeks late, bad pain in the left side of my tummy and I feel faint, "
    "some brown spotting too",
    "Period was 3.5 weeks late. Now cramping on the right low in her belly, pain at the tip of her shoulder.",
])
def test_late_period_with_a_fraction_and_ectopic_signs_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


def test_late_period_without_pain_stays_calm() -> None:
    assert _level("period is 1.5 weeks late, no pain or bleeding, should i do a test?") != "emergent"


# -- "overdosed on" a vitamin without iron is a double dose of a low-toxicity product (TOXBASE);
#    a medicine overdose, iron and a large number of tablets stay emergent
@pytest.mark.parametrize("text", [
    "oops I overdosed on my vitamin D, took two by mistake this morning",
    "think my husband overdosed on multivitamins, he had 2 today instead of 1",
    "I overdosed on vit b12 lol, took an extra one",
])
def test_vitamin_double_dose_is_not_an_overdose(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    "I overdosed on paracetamol last night",
    "my toddler overdosed on the multivitamins with iron, ate the bottle",
    "overdosed on vitamin c, took 50 of the tablets on purpose",
])
def test_medicine_and_large_vitamin_overdoses_stay_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a diagnosis only asked about ("might this be a fit?") is a guess; the signs told decide
@pytest.mark.parametrize("text", [
    "my daughter (7) has a twitchy eyelid for a few days, might this be a fit?",
    "my lad is 11, the corner of his mouth flickers now and then when tired. could this be seizures?",
])
def test_a_twitch_asked_about_as_a_seizure_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    "my son is 5 and just had a fit, arms and legs jerking for 4 minutes, could it be epilepsy?",
    "my daughter (3) had a seizure 10 minutes ago and is still very drowsy",
])
def test_a_witnessed_fit_in_a_child_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- the forehead involved with its side named between verb and brow ("unable to raise the left
#    half of his brow") is a lower motor neurone palsy, same day (NICE CKS Bell's palsy)
@pytest.mark.parametrize("text", [
    "Since yesterday the left side of his face droops; he is unable to raise the left half of his brow "
    "and his eye won't shut. Limbs normal, speech normal.",
    "her mouth is drooping on the right and she can't wrinkle the right side of the forehead; arms and legs fine",
])
def test_droop_with_the_forehead_involved_by_side_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


def test_droop_sparing_the_forehead_stays_emergent() -> None:
    text = "his mouth is drooping on the left since an hour ago, he can still wrinkle his forehead on both sides"
    assert _level(text) == "emergent", text


# -- chest indrawing called mild is amber, not NICE NG143's red "moderate or severe" indrawing
@pytest.mark.parametrize("text", [
    "7 month old boy with bronchiolitis, day 2. Resp rate 44, slight intercostal recession, sats 97%, feeding ok.",
    "My 2 year old has a chesty cold, the doctor said a bit of subcostal recession, breathing 38 a minute, playing",
])
def test_mild_recession_in_a_child_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "7 month old boy with bronchiolitis. Resp rate 44, marked intercostal recession, sats 97%.",
    "9-month-old, RR 66, mild subcostal recession, SpO2 95%",
    "my 1 year old is grunting with each breath and has mild chest recession",
])
def test_severe_recession_or_a_red_rate_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a small battery missing near a child is treated as swallowed (NPIS): told as a coin-sized or
#    button-cell battery, or as one gone from a device that holds them
@pytest.mark.parametrize("text", [
    "my 20 month old was chewing the car key fob and the little battery out of it is missing, he's dribbling",
    "Toddler aged 3 found with the bathroom scales open, the button-cell battery nowhere, now retching.",
    "the battery is gone from the musical card my grandson was playing with, he is 2",
])
def test_small_battery_missing_near_a_child_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "the remote control battery keeps dying, what batteries last longest",
    "my son swallowed a 10p coin an hour ago, he is eating and drinking happily",
])
def test_a_flat_battery_or_a_coin_is_not_a_battery_ingestion(text: str) -> None:
    assert _level(text) != "emergent", text


# -- sudden painless loss of vision in one eye is a stroke equivalent (AHA/ASA 2021 CRAO statement):
#    told as a field gone grey or dark, or acuity down to counting fingers, hand movements or light
@pytest.mark.parametrize("text", [
    "got up 2 hours ago and the sight in my left eye has turned grey, doesn't hurt, I'm 68",
    "A 59-year-old woman, 45 minutes ago: right eye acuity hand movements only, painless, white eye.",
    "Since 7am today she can count fingers only with the left eye; no pain.",
])
def test_sudden_painless_monocular_vision_loss_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "my eyesight has gone dim over the last 3 years, the optician mentioned cataracts",
    "my vision is a bit blurry after reading all day, both eyes, goes when I rest",
])
def test_slow_or_transient_blur_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- suicidal intent without the words (AFSP warning signs; NICE NG225 plans and means): how long an
#    overdose amount of a medicine would take "to work", a pet's new home arranged, writing to
#    everyone, a sudden calm about "it"
@pytest.mark.parametrize("text", [
    "how long would it take for 40 of the amitriptyline to kick in? it's fine, im at peace with it now",
    "ive arranged a new home for the dog with my neighbour and messaged everybody. i feel calmer than ive felt in years",
])
def test_quiet_suicidal_intent_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "how long does it take for 100mg of sertraline to work? started 2 weeks ago",
    "how long does it take for the antibiotics to work, day 3 of 7",
    "feel better than I have in months since starting the new tablets, calm about it all now",
    "found the cat a new home with my sister as my son is allergic",
])
def test_one_sign_or_a_dose_question_is_not_an_emergency(text: str) -> None:
    assert _level(text) != "emergent", text


# -- urgent: a urinary infection with fever or loin pain is pyelonephritis (NICE NG111), told with
#    "wees" or "peeing"; dysuria alone stays routine
@pytest.mark.parametrize("text", [
    "Grandad is 81, stinging when he pees since Tuesday, temp 38.6 today, otherwise himself",
    "it burns when i'm weeing and my left kidney area aches, temperature 38.1",
])
def test_dysuria_with_fever_or_loin_pain_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


def test_dysuria_alone_is_routine() -> None:
    assert _level("it stings when i pee, 2 days, no fever, no back pain, 34 and not pregnant") == "routine"


# -- urgent: redness spreading past the line drawn round it is a spreading cellulitis (NICE NG141)
@pytest.mark.parametrize("text", [
    "Red area on his forearm after a cat scratch; it has crept past where the nurse marked it yesterday.",
    # ("has gone past" is growth, not the negation "has gone")
    "the red patch on her shin has gone past where my husband marked it with a biro, she feels fine",
])
def test_redness_past_the_drawn_line_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "small red bite on my arm, I drew a pen line round it and it is smaller than the line today",
    "the redness has gone since the antibiotics, just a faint mark where I drew round it",
])
def test_redness_inside_the_line_or_gone_is_not_urgent(text: str) -> None:
    assert _level(text) == "routine", text


# -- urgent: a reliever needed every 4 hours or more often is a moderate exacerbation (BTS/SIGN 158)
@pytest.mark.parametrize("text", [
    "my asthma is bad this week, I'm on the salbutamol every 2 hours, can still talk fine",
    "son 12 with asthma, using his reliever every 3 to 4 hours since his cold started",
    "asthmatic, chest tight since the weekend, my ventolin only works for 2 hours before I need it again",
])
def test_reliever_every_few_hours_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


def test_reliever_once_a_day_is_routine() -> None:
    assert _level("my asthma is fine, I use my blue inhaler once a day before the gym") == "routine"


# -- urgent: shingles told as a dermatome (a band of blisters, a rash that stops at the midline):
#    antivirals within 72 hours (NICE CKS shingles)
@pytest.mark.parametrize("text", [
    "Aged 66, a stripe of blisters has come up around my left side of my back, really burning, since yesterday",
    "A painful rash of small fluid spots on the left of his abdomen that ends at the midline, 1 day. Age 58.",
])
def test_dermatomal_blisters_are_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "a cluster of blisters on my lip again, I get cold sores every winter",
    "my new shoes gave me a blister on my heel",
])
def test_a_cold_sore_or_a_friction_blister_is_not_shingles(text: str) -> None:
    assert _level(text) != "urgent", text


# -- AF already confirmed on an ECG, without symptoms and at a rate of 110 or less, is managed in
#    primary care (NICE NG196: the ECG the irregular pulse asked for is done); with symptoms or a
#    fast rate it stays same-day, and an irregular pulse with no ECG yet still needs one
@pytest.mark.parametrize("text", [
    "Man of 77 seen at the diabetic clinic: pulse irregular, 76 a minute, feels well. ECG confirms atrial fibrillation.",
    "Asymptomatic irregularly irregular pulse of 84 picked up at a medication review; 12-lead ECG in AF, nothing else.",
])
def test_asymptomatic_af_on_an_ecg_is_routine(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "Irregular pulse found at her review, pulse 128; ECG showed atrial fibrillation. Otherwise well.",
    "ECG shows AF. He has had palpitations and breathlessness climbing stairs for 4 days, pulse irregular 96.",
    "my pulse has been irregular since yesterday, not had an ECG",
    "noticed an irregular heartbeat on my watch since this morning, no ECG yet",
])
def test_symptomatic_or_fast_or_unconfirmed_af_stays_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


# -- a flu or covid jab is a vaccine, not an infection (NICE NG51 reads an infection with a fast pulse)
def test_a_flu_jab_is_not_an_infection() -> None:
    assert _level("a 70-year-old came for her flu jab, pulse 95, feels fine, nothing else") == "routine"


def test_flu_with_a_fast_pulse_stays_urgent() -> None:
    assert _level("a 70-year-old with flu for 3 days, pulse 95, otherwise coping") == "urgent"
