"""General rules for what blind triage set 17 showed (first score in test_triage_blind17_report.py),
each written here in other words than the set uses: the emergencies that must alarm, the
look-alikes that must stay calm, and the near misses of each new rule that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- BE-FAST told plainly: words that started coming out wrong, one corner of the mouth hanging or
#    sitting lower, a cup or cutlery fumbled or dropped from one hand (American Stroke Association;
#    NICE NG128: any one sign is a suspected stroke, call an ambulance)
@pytest.mark.parametrize("text", [
    "my nan is 81, at lunch her words started coming out wrong and she won't admit anything is wrong",
    "since breakfast the right side of my husband's mouth is sitting lower than the other, he's 69",
    "grandad keeps fumbling the remote in his right hand this evening and says he's fine, just sleepy",
    "her words have been coming out all mixed up for the last twenty minutes, she is 74",
])
def test_plain_fast_signs_are_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "my 9 year old's homework is all jumbled up, the words are in the wrong order, how do I help with spelling",
    "my hands are cold so I keep fumbling for my keys in the dark",
    "the curtain is hanging lower on the left side, how do I fix the rail",
])
def test_jumbled_homework_or_fumbled_keys_are_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- "a limp on his leg" is the noun of a gait, the limping child's (NICE CKS "Limping child": a
#    well, afebrile child who walks is assessed the same day, not as a stroke); a leg or arm that
#    has gone limp is still a one-sided weakness
def test_a_limp_on_one_leg_in_a_well_child_is_urgent_not_emergent() -> None:
    text = ("Our 4 year old daughter got up this morning with a limp on her left leg, a week after a chesty cold. "
            "She is still walking and running about, no fever, the hip isn't red or swollen.")
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "his right leg suddenly went limp and he can't stand, he's 70",
    "a limp left arm since she woke up, 66 year old",
])
def test_a_limb_gone_limp_stays_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a colloquial amount of a medicine taken ("a load of", "a pile of"), or ten or more tablets told
#    by their strength: any intentional overdose is assessed now, however well the person seems, and
#    a late-presenting paracetamol overdose still needs treatment (NICE CG16; TOXBASE; MHRA 2012)
@pytest.mark.parametrize("text", [
    "my husband admitted he swallowed a pile of his co-codamol yesterday, he seems fine now",
    "she took a load of her mum's tablets after the argument this afternoon",
    "my partner swallowed 24 of the 200mg ones two days ago, he says he feels alright",
])
def test_colloquial_overdose_amounts_are_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "I have a load of paracetamol in the cupboard, how many can I take for period pain",
    "I take 2 of the 500mg tablets four times a day for my knee",
])
def test_a_stock_of_tablets_or_the_usual_dose_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- a gestation told "N weeks into the pregnancy" is read (NICE NG133: BP 140/90 or more with
#    headache, visual disturbance or epigastric pain after 20 weeks is pre-eclampsia, admit)
def test_pre_eclampsia_with_gestation_told_into_the_pregnancy_is_emergent() -> None:
    text = ("Patient is 33 weeks into her second pregnancy with a pounding headache and flashing lights since "
            "this afternoon. BP 156/104, urine protein 3+.")
    assert _level(text) == "emergent", text


def test_borderline_bp_without_symptoms_in_pregnancy_is_not_emergent() -> None:
    text = "32 weeks into my first pregnancy, midwife says BP 138/88, no headache, vision fine, feeling well"
    assert _level(text) != "emergent", text


# -- cauda equina in the patient's and the examiner's words: straining or pushing to pass urine,
#    the toilet paper feeling different when wiping, reduced pinprick or light touch over the
#    perineum (GIRFT suspected cauda equina pathway 2023; NICE CKS sciatica)
@pytest.mark.parametrize("text", [
    "low back pain and sciatica down both legs for a week, since this morning I have to push to pee",
    "bad lower back pain, and when I wipe the loo roll feels different, kind of strange",
    "Low back pain with bilateral leg pain. Diminished light touch over the perineum on examination.",
])
def test_cauda_equina_wordings_are_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "72 year old man, has had to strain to pass urine for years with his prostate, no back pain",
    "back pain after gardening, otherwise fine, no bladder or bowel problems",
])
def test_a_longstanding_prostate_or_plain_back_pain_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- acute angle-closure glaucoma: a painful red eye with haloes ("coloured rings around the
#    lights"), or with a hazy cornea or a mid-dilated pupil on examination (RCOphth / NICE CKS:
#    same-hour emergency referral)
@pytest.mark.parametrize("text", [
    "Severe pain around my left eye since last night, I've been sick twice and the lamps have coloured circles around them",
    "Painful red left eye, corneal oedema and a fixed semi-dilated pupil; acuity 6/60.",
])
def test_angle_closure_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "I see rings around the street lights at night since my cataract got worse",
    "Pupils mid-dilated and reactive, GCS 15, after a faint.",
])
def test_haloes_without_a_red_eye_or_pupils_alone_are_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- bowels not opened with wind passing, no vomiting and a soft abdomen is constipation (NICE CKS
#    "Constipation": opioid-induced, self-care); with vomiting and a swollen abdomen it is an
#    obstruction. "not vomiting" in a list is a denial.
def test_constipation_on_an_opioid_with_a_soft_abdomen_is_not_emergent() -> None:
    text = ("91 year old man, bowels not opened for five days since the codeine was started. He hasn't "
            "opened his bowels but is passing wind, eating well and not vomiting, tummy soft.")
    assert _level(text) != "emergent", text


def test_bowels_not_opened_with_vomiting_and_distension_stays_emergent() -> None:
    text = "my dad hasn't opened his bowels for 4 days, keeps vomiting and his belly is swollen and tight"
    assert _level(text) == "emergent", text
