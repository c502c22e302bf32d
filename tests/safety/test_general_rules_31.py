"""General rules for what blind triage set 31 showed (first score in test_triage_blind31_report.py),
each written here in other words than the set uses: the misses that must now be emergent, the level
errors that must now be raised or calmer, and the near misses of each new reading that must keep
their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- testicular torsion told in lay words (NICE CKS scrotal pain: suspected torsion, immediate referral)
@pytest.mark.parametrize("text", [
    "I'm 19, my right nut started throbbing out of nowhere an hour ago and it's swollen",
    "17M, sudden pain in my sack since I woke, one side sits higher",
    "My 12 year old son says it hurts down there, it woke him at 3am and he's been sick twice",
    "our lad is 9 and his left ball is aching badly, he's thrown up",
    "my boyfriend woke at 4am with pain in his left testicle, he's 22",
])
def test_testicular_torsion_in_lay_words_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # a dull ache over weeks
    ("dull ache in my left testicle on and off for a few weeks, no swelling", "routine"),
    # after a known blow, mild
    ("got kneed in the groin at rugby yesterday, my balls are a bit sore, no swelling", "routine"),
    # sore after exercise, no sudden start, no vomiting
    ("my husband's nuts are sore after cycling 100 miles", "routine"),
    # the ball of the foot is no testis
    ("the ball of my foot killing me since the run", "routine"),
])
def test_testicular_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- pre-eclampsia after the birth, the birth told as the baby's (NICE NG133: up to six weeks postpartum)
@pytest.mark.parametrize("text", [
    "little one born 8 days ago, since this afternoon I have an awful headache and flashing lights in my vision",
    "Twins born two weeks ago; I've had a splitting headache all day and my face suddenly swelled up",
    "baby girl born 3 days ago, horrible headache and seeing sparkles, is that the epidural?",
])
def test_postpartum_pre_eclampsia_told_by_the_birth_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # a mild headache from lack of sleep, no second sign
    ("My son was born 3 weeks ago, I'm exhausted and have a mild headache after little sleep", "routine"),
    # months after the birth: no postnatal period
    ("baby born 4 months ago, bad headache and flashing lights like my usual migraine aura", "routine"),
    # ankles a little swollen in the evening, no headache or vision change
    ("baby born 6 days ago, my feet are a bit swollen in the evening", "routine"),
])
def test_postpartum_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- acute angle-closure glaucoma in plain words (NICE CKS red eye / glaucoma: same-day emergency)
@pytest.mark.parametrize("text", [
    "My grandad's right eye went red and aching tonight, he sees rainbows around the bulbs and feels sick",
    "her painful red eye since lunch, everything is like looking through steam and she has thrown up",
    "Mum is 80, her eye is so red and sore, she says there are colour circles round every lamp",
])
def test_angle_closure_in_plain_words_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # haloes from a cataract, the eye denied red
    ("I see rings around the lamps when I drive at night since my cataract got worse, eyes not red", "routine"),
    # an itchy red eye with hay fever
    ("my eye is a bit red from hay fever and itchy, vision fine", "routine"),
])
def test_angle_closure_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a non-blanching rash told through the glass test, and in Spanish (NICE NG143 / NG240)
@pytest.mark.parametrize("text", [
    "My 7 year old has a temperature of 38.9 and I pressed a tumbler on the dots on her arm, they didn't fade",
    "toddler with a fever, tried the glass test on his rash and the spots are still there",
    "mi hijo de 5 años tiene fiebre y unos puntitos rojos en el pecho que no desaparecen con el vaso",
    "my niece, 4, has a high temp and unas manchas moradas on her ankles",
])
def test_non_blanching_rash_told_by_the_glass_test_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # a rash that fades under the glass
    ("my 4 year old has a rash with a cold, I did the glass test and it fades fine, temp 38", "routine"),
    # a glass of wine is no glass test
    ("had a glass of wine and the headache doesn't go away, slight temperature", "routine"),
    # bruises from football, no fever
    ("tiene manchas moradas en las piernas de los golpes del fútbol, no fiebre", "routine"),
])
def test_glass_test_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- an overdose told as a question about a past act, the medicine named apart from the count (TOXBASE)
@pytest.mark.parametrize("text", [
    "is it bad to take too many ibuprofen? asking because I swallowed around 15 this morning, feel ok",
    "Mum has codeine for her hip; she says she took 20 of them over the evening and now she's very sleepy",
    "how many co-codamol is too many? I took 12 earlier today, tummy hurts",
    "Is acetaminophen dangerous in big amounts? My brother took 25 yesterday after an argument",
])
def test_counted_ingestion_told_as_a_question_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # a count of minutes, years or steps
    ("my nurofen took 20 minutes to kick in", "routine"),
    ("is tylenol safe? it took 20 years for my mum to trust it", "routine"),
    # a normal dose, or a strength told without its unit
    ("I took 2 paracetamol last night for a headache, is that ok with wine?", "routine"),
    ("I'm on sertraline, took 50 this morning as usual, can I drink tonight?", "routine"),
    ("Citalopram 20 mg: I took 20 this morning, can I have coffee?", "routine"),
    # a hypothetical
    ("If I took 20 paracetamol, would it damage my liver? Just curious for a quiz", "routine"),
])
def test_counted_ingestion_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- suicidal intent told through behaviour (NICE NG225; AFSP warning signs: affairs in order, pills kept)
@pytest.mark.parametrize("text", [
    "Since her husband died in March my aunt (74) has rewritten her will and found the cat a new home, and she's"
    " keeping some of her sleeping pills aside",
    "Patient, 66, recently bereaved: has re-homed his rabbit and says he's got everything in order; admits to"
    " putting aside some of his diazepam",
])
def test_affairs_in_order_with_tablets_kept_back_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # a move abroad: affairs in order, no other sign
    ("Moving abroad next month: rehomed our cat with friends and updated my will, any travel vaccines needed?",
     "routine"),
    # antibiotics kept back for a recurring infection, nothing else
    ("I keep some antibiotics back for when my UTIs come back, is that ok?", "routine"),
])
def test_affairs_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- the word suicide in a study topic, the writer saying they are fine (information, not about the self)
@pytest.mark.parametrize("text", [
    "Need help with a sixth form presentation about suicide warning signs in young people, it's not about me",
    "my nursing assignment is on suicide risk in teenagers, what are the main warning signs? I'm ok",
])
def test_suicide_as_a_study_topic_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # a study topic, then the self
    "I have to do a school project on suicide but honestly I've been thinking about suicide myself",
    "doing a uni presentation on suicide, I'm fine, but I've been saving up my tablets",
    # no study topic
    "I'm fine most days but at night I think about suicide",
])
def test_suicide_study_near_misses_stay_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- urgent: shingles in the ophthalmic division, Hutchinson's sign (NICE CKS shingles: same-day)
@pytest.mark.parametrize("text", [
    "Tingling pain across my left temple since Monday, now a sore on the end of my nose",
    "crop of blisters above her left eyebrow, she's 80",
])
def test_ophthalmic_shingles_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize(("text", "level"), [
    # a spot on the nose alone is no Hutchinson's sign
    ("I've got a spot on the tip of my nose, how do I get rid of it before a wedding?", "routine"),
])
def test_shingles_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- urgent: a toddler's vomiting and diarrhoea with a single wet nappy, in other languages (NICE CG84)
@pytest.mark.parametrize("text", [
    "la mia bambina ha 14 mesi, diarrhoea and vomiting since yesterday, solo un pannolino bagnato oggi",
    "mi hijo tiene 2 años, vómitos y diarrea desde anoche, solo un pañal mojado en todo el día",
])
def test_single_wet_nappy_in_other_languages_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize(("text", "level"), [
    # drinking well with plenty of wet nappies
    ("il mio bambino ha 18 mesi, a bit of diarrhoea but drinking well and lots of wet nappies", "routine"),
    # an adult's age in Italian is no child
    ("ho 35 anni, vomito da ieri", "routine"),
])
def test_nappy_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a child's fit already assessed in hospital and sent home, back to normal (NICE CKS febrile seizure)
@pytest.mark.parametrize("text", [
    "Our 2 year old had a febrile fit on Saturday, the paediatrician at A&E checked her over and sent us home;"
    " she's completely fine now. Should we give ibuprofen next time she's hot?",
])
def test_febrile_fit_assessed_and_discharged_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # sent home but not recovered
    "Our 2 year old had a febrile fit on Saturday and was discharged from A&E, but today she's floppy and not herself",
    # sent home, then another fit
    "My son (3) had a febrile seizure last night, was sent home from hospital, and now he's having another fit",
    # not assessed: a first fit, even if recovered
    "my 4 year old had a fit this morning with a high temp, he's back to normal now",
])
def test_febrile_fit_near_misses_stay_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# A number with a unit after it is one tablet's strength, not a count of tablets (TOXBASE: one
# dose of an SSRI or a statin is far under any toxic line); a count, a strength times ten or more,
# or a total in grams still fires.
@pytest.mark.parametrize("text", [
    "took 20 mg of citalopram last night, is that ok with ibuprofen?",
    "i took my 50 mg sertraline last night, can i drink wine today?",
    "I swallowed 40mg of atorvastatin this evening, then remembered I'd had grapefruit",
    "took my usual 75 mg of amitriptyline at ten, can I take melatonin as well?",
])
def test_one_strength_taken_is_no_overdose(text: str) -> None:
    assert _level(text) != "emergent"


@pytest.mark.parametrize("text", [
    "took 30 of my sertraline last night",
    "i took 24 of the 500mg paracetamol since yesterday",
    "he swallowed 12 g of paracetamol in total",
    "she took about 40 amitriptyline tablets an hour ago",
    "he took 300mg of dosulepin after the argument",  # a tricyclic's total over TOXBASE's line
])
def test_counts_and_totals_still_fire(text: str) -> None:
    assert _level(text) == "emergent"


# Spots or a rash on the forehead or round the eye are shingles there only when shingles, its
# burning prodrome or blisters are told (NICE CKS shingles); spots on the forehead are mostly acne.
@pytest.mark.parametrize("text", [
    "I have some spots on my forehead, is it acne?",
    "my 15 year old has had a rash on his forehead and around the eye since using a new face cream",
])
def test_forehead_spots_alone_are_not_shingles(text: str) -> None:
    assert _level(text) == "routine"


@pytest.mark.parametrize("text", [
    "had shingles diagnosed yesterday and now the rash has reached my forehead near my eye",
    "stabbing pain on my right forehead for two days, today a rash near my eye",
    "painful blisters on her forehead, only the left side, since this morning",
])
def test_shingles_near_the_eye_stays_urgent(text: str) -> None:
    assert _level(text) == "urgent"
