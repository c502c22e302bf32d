"""General rules for what blind triage sets 44 and 45 showed (first score in test_triage_blind44_report.py),
each written here in other words than the sets use: the misses that must now be emergent, the look-alike
alarms that must now be calm, and the near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent


# -- a boy's sudden pain "down there", the place quoted (NICE CKS scrotal pain: suspected torsion)
@pytest.mark.parametrize("text", [
    "My son is 14, says it's agony \"down there\", started suddenly at breakfast and he threw up",
    "Our boy woke at 4am with pain 'in his privates', came on all at once, he's been sick twice",
    "Grandson (12) has a sudden bad pain ‘down there’ and won't let anyone look",
])
def test_quoted_pain_down_there_in_a_boy_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "My son asked what 'down there' means in his biology book",
    "Is it normal for a boy of 12 to be shy about changing for PE?",
])
def test_down_there_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- paracetamol counted later in the sentence, or named by a brand abroad (TOXBASE: >= 75 mg/kg, any
# deliberate ingestion, assessed now however well the person seems)
@pytest.mark.parametrize("text", [
    "My son (17) took nearly three strips of Panadol 500 after an argument, about 30 tablets, says he's fine",
    "She swallowed her mum's Dolo 650 last night, maybe 15 tablets, no symptoms yet",
    "He has taken a whole pack of Doliprane, 16 pills, around midnight",
])
def test_paracetamol_tablets_counted_later_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I took 2 Crocin for my fever this morning, is that ok with coffee?",
    "She has taken her paracetamol as prescribed and has 20 tablets left in the box",
    "For her knee she has taken Crocin, two a day, with 30 tablets in the bottle still",
    "He has taken his usual paracetamol, 1 g four times a day, and has 40 tablets a week on prescription",
])
def test_paracetamol_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- a newborn bringing up green (NICE CG84, NG143: bile-stained vomiting)
@pytest.mark.parametrize("text", [
    "Our 6 day old keeps bringing up his feeds and this time it was dark green",
    "Baby girl, 2 weeks old, she brought up milk twice and the second lot looked grass-green",
])
def test_a_baby_bringing_up_green_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "My 3 week old keeps bringing up a bit of milk after feeds, gaining weight well",
    "Baby brought up some milk, and his poo is green today, otherwise happy",
])
def test_posset_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- the gestation told after the pregnancy is named (NICE NG133: headache and visual disturbance)
@pytest.mark.parametrize("text", [
    "I'm 24, second pregnancy, 33 weeks, terrible headache and flashing lights in my eyes",
    "Pregnant, 29 wks, zigzag lines in my vision and my face has puffed up",
])
def test_gestation_after_the_pregnancy_with_preeclampsia_signs_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "Pregnant, 30 weeks, mild backache after gardening, feeling the baby move lots",
    "My pregnancy, 12 weeks ago, ended well, now headache after a long day",
])
def test_gestation_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- suicide warning signs told by others (AFSP): belongings given away, a method looked up, weary of life
@pytest.mark.parametrize("text", [
    "My brother gave his guitar and his cat's basket to his best mate and keeps saying we won't need to worry about"
    " him for long, nobody will have to deal with me he said",
    "My flatmate searched online how many of her sleeping tablets it would take and says she won't be a burden to"
    " anyone much longer",
    "My grandad gave his car to a neighbour last week. He keeps saying he's weary of life.",
    "She's given her jewellery and her dog's bed to her sister, and told me she is just tired of it all.",
])
def test_warning_signs_told_by_others_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I googled how many paracetamol I can take in a day for my back",
    "Gave my old bike to my nephew, and honestly I'm tired of it all with this house move",
    "I'm sick of everything being so expensive lately",
])
def test_warning_sign_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- an infant's breathing rate told with the verb (NICE NG143 red: RR > 60)
@pytest.mark.parametrize("text", [
    "Our 7-week-old is breathing at 72 a minute and struggling with his bottle",
    "Infant aged 4 months, breathes at 66 per min, sweaty when feeding",
])
def test_an_infants_fast_rate_told_with_the_verb_is_emergent(text: str) -> None:
    _emergent(text)


def test_a_normal_rate_told_with_the_verb_stays_calm() -> None:
    _calm("My 2 year old is breathing at 26 per minute while asleep, bit of a runny nose")


# -- both eyelids swollen with orbital signs (NICE CKS cellulitis: orbital cellulitis, emergency admission)
@pytest.mark.parametrize("text", [
    "Daughter (5) has a swollen upper and lower eyelid on the left after a cold, and it hurts to look up",
    "Son aged 9, puffy top and bottom eyelid, his eye sits more forward than the other one",
])
def test_eyelid_swelling_with_orbital_signs_is_emergent(text: str) -> None:
    _emergent(text)


def test_a_swollen_eyelid_alone_stays_calm() -> None:
    _calm("Her upper and lower eyelid are a bit puffy this morning after crying last night, she looks around fine")


# -- an implanted defibrillator shocking more than once (BHRS; ESC 2022 ventricular arrhythmias)
@pytest.mark.parametrize("text", [
    "My husband's ICD fired twice during lunch, he's sitting down now and says he's ok",
    "Simple question about my implanted defibrillator: it shocked me four times this afternoon",
    "Mum has a defibrillator fitted and she's had two shocks in the last hour",
])
def test_repeated_defibrillator_shocks_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "My ICD went off once last month, the clinic checked it and said it was fine",
    "The smoke alarm went off three times while I was cooking",
    "What does a defibrillator do and how many shocks does it give?",
])
def test_defibrillator_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- missed dialysis, the weakness quoted or told all over (UK Kidney Association 2020: hyperkalaemia)
@pytest.mark.parametrize("text", [
    "Dad is on haemodialysis and skipped his Wednesday session, now his arms feel \"heavy\" and he can't lift a cup",
    "She has a fistula for dialysis, missed yesterday's session and says she's weak all over",
])
def test_missed_dialysis_with_weakness_is_emergent(text: str) -> None:
    _emergent(text)


def test_dialysis_without_a_missed_session_stays_calm() -> None:
    _calm("He goes to dialysis three times a week and feels generally weak after each session, as usual")


# -- back pain with legs quoted as failing in cancer spread to bone (NICE NG234 MSCC)
@pytest.mark.parametrize("text", [
    "She has breast cancer that has spread to her spine, new back pain and her legs feel 'like jelly' since yesterday",
    "Myeloma patient, upper back pain for a week, now says his knees are \"giving way\"",
])
def test_back_pain_with_failing_legs_in_spread_cancer_is_emergent(text: str) -> None:
    _emergent(text)


# -- a painful red eye with worse vision after eye surgery (RCOphth: endophthalmitis)
@pytest.mark.parametrize("text", [
    "Had my cataract op last Tuesday, today my eye is red and sore and everything is blurry",
    "Mum had an eye injection for macular degeneration 2 days ago, now the eye is painful and it's like looking through"
    " fog",
    "After his lens operation on Friday the eye started to ache and the vision is cloudy",
])
def test_red_painful_eye_with_worse_vision_after_eye_surgery_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I'm booked for cataract surgery next month, will my eye be red afterwards?",
    "Had cataract surgery two weeks ago, vision is much clearer, eye a little gritty",
])
def test_eye_surgery_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- breath-holding set off by upset, the child coming round (NICE CKS breath-holding spells); "grow out of it"
# is no drowsiness
@pytest.mark.parametrize("text", [
    "My 2 year old son gets so angry he holds his breath, goes blue round the lips for a few seconds and then is fine",
    "Our GP said it's breath holding: when our toddler is upset his lips go blue, then he's straight back to playing,"
    " and he'll grow out of it",
])
def test_breath_holding_spells_stay_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "My 2 year old's lips are blue and she is struggling to breathe",
    "Toddler held his breath crying and now his lips are blue and he is out of it, not waking properly",
])
def test_blue_lips_without_a_breath_holding_spell_are_emergent(text: str) -> None:
    _emergent(text)


# -- a newborn girl's small vaginal bleed (pseudomenses: maternal hormones, NICE CKS / NHS newborn care)
def test_a_newborn_girls_bleed_from_the_front_stays_calm() -> None:
    _calm("Our daughter is 6 days old and there's a spot of blood in her nappy, it's from the front, not the bottom,"
          " she's feeding well")


def test_a_newborn_with_blood_in_the_stool_is_emergent() -> None:
    _emergent("Our son is 6 days old and there's blood mixed in his poo in the nappy")


# -- a reflex faint after standing, the vision greying before it (NICE CG109: uncomplicated faint)
@pytest.mark.parametrize("text", [
    "My daughter (14) fainted at church after standing for ages; just before, she felt clammy and her sight went dark."
    " She came round at once and is fine",
    "I fainted in the queue this morning, my vision went grey and then I passed out for a second, fine now",
])
def test_vision_greying_before_a_faint_stays_calm(text: str) -> None:
    _calm(text)


def test_a_sudden_loss_of_vision_without_a_faint_is_emergent() -> None:
    _emergent("This morning the vision in my right eye suddenly went black, it hasn't come back")


# -- a baby's age told with months or a year; her ordinary crying pulse (NICE NG51 thresholds by age)
@pytest.mark.parametrize("text", [
    "Baby 10 months with a runny nose for 3 days, the pulse oximeter says 97 and heart 138 while he cried,"
    " eating and playing",
    "My infant 1 year has a cold and a cough, pulse 135 when screaming, 112 asleep, feeding fine",
])
def test_a_crying_babys_pulse_with_a_cold_stays_calm(text: str) -> None:
    _calm(text)


# -- a young child's few contraceptive pills (TOXBASE: low toxicity)
@pytest.mark.parametrize("text", [
    "My 3 year old ate two of my birth control pills, she's fine and running about",
    "Toddler swallowed a few of his mum's Microgynon an hour ago, no symptoms",
])
def test_a_childs_few_contraceptive_pills_stay_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "My 3 year old ate some of my birth control pills and some of my paracetamol too",
    "My 2 year old swallowed some of grandad's heart tablets",
])
def test_other_medicines_swallowed_by_a_child_are_emergent(text: str) -> None:
    _emergent(text)


# -- "never fainted" denies a faint (a racing heart after caffeine with a normal pulse is no emergency)
def test_a_faint_denied_with_never_stays_calm() -> None:
    _calm("My 17 year old felt his heart pounding after three cans of energy drink; he has never passed out,"
          " pulse 88 and regular now")


def test_a_faint_with_palpitations_still_fires_after_never_before() -> None:
    _emergent("My heart started racing and I have never fainted before, but today I passed out at work")


# -- an old stroke's deficit, the stroke told years back and nothing new (NICE NG128 looks for a new sign)
@pytest.mark.parametrize("text", [
    "Grandad had a stroke eight years ago; his right hand is weak and his words come out a bit slurred when tired,"
    " as it has been ever since",
    "My aunt suffered a stroke in 2016, her left leg drags and her speech is slurred, unchanged, just asking about a"
    " walking frame",
])
def test_an_old_strokes_unchanged_deficit_stays_calm(text: str) -> None:
    _calm(text)


def test_a_new_sign_after_an_old_stroke_is_emergent() -> None:
    _emergent("Dad had a stroke six years ago and his arm has been weak ever since, but today his speech is suddenly"
              " slurred and his face droops")


# -- a respiratory team's target range is no breathing rate (BTS O2 guideline: 88-92% in CO2 retainers)
def test_a_respiratory_teams_target_is_no_breathing_rate() -> None:
    _calm("On home oxygen for COPD, sats 90% at rest; the target from my respiratory team is 88-92%, breathing as usual")


# -- chest-wall pain "comfortable at rest" (NICE CKS chest pain: musculoskeletal, reproduced by pressing)
def test_chest_wall_pain_comfortable_at_rest_stays_calm() -> None:
    _calm("Sharp pain on the left of my chest since I twisted awkwardly in the garden yesterday, it hurts when I press"
          " the ribs, comfortable at rest")


def test_chest_pain_at_rest_is_emergent() -> None:
    _emergent("Crushing chest pain at rest for the last 30 minutes")
