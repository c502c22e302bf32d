"""General rules for what blind triage set 23 showed (first score in test_triage_blind23_report.py),
each written here in other words than the set uses: the misses that must now be emergent, the
look-alikes that must stay calm or come down to a same-day level, and the near misses of each new
rule that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- testicular torsion: pain told with a word of another language ("dolor"), or a testis lying
#    higher than the other, with vomiting or a sudden start (NICE CKS scrotal pain: immediate referral)
@pytest.mark.parametrize("text", [
    "Mi hijo, 13, tiene dolor en el testicle since this morning and he has vomited, it came on suddenly.",
    "His testicle is sitting higher than the other and he's been sick.",
    "His testicle has pulled up and he was sick twice this morning.",
    "Something is wrong with his testicle. It looks higher than the other one and he vomited.",
])
def test_torsion_told_by_a_higher_testis_or_another_language_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # one shoulder higher than the other, no testis
    "My daughter's left shoulder looks higher than the other one in photos and she was sick last week.",
    # a lump found, no pain, no vomiting, no sudden start
    "I found a small painless lump on my testicle when showering, it has been there a month.",
])
def test_a_higher_shoulder_or_a_painless_lump_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


# -- a stroke feared with every FAST sign told normal is not a stroke; any FAST sign still fires
@pytest.mark.parametrize("text", [
    "Am I having a stroke? My cheek has had a fluttery feeling all afternoon. My face looks normal, "
    "my speech is fine and both arms are strong.",
    "I'm worried I'm having a stroke because my thumb keeps tingling after typing, but my face is symmetrical, "
    "I can speak normally and my legs feel fine.",
])
def test_a_stroke_feared_with_face_speech_and_limbs_normal_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # a face droop with speech and arms fine
    "I think I'm having a stroke, the left side of my face is drooping but my speech is fine and arms are ok.",
    # slurred speech with face and arms fine
    "I think I'm having a stroke. My face looks normal and my arms are fine but my speech is slurred.",
    # only the face told normal: the named stroke still fires
    "I think my dad is having a stroke, his face looks normal though.",
])
def test_a_stroke_named_with_a_fast_sign_or_not_all_normal_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a nosebleed that stopped with pressure (NICE CKS epistaxis)
@pytest.mark.parametrize("text", [
    "My son's nosebleed soaked through a tea towel but stopped after 15 minutes of pinching. He's fine.",
    "Nosebleed this morning with blood everywhere in the bathroom, it stopped with pressure and I feel fine now.",
])
def test_a_nosebleed_stopped_with_pressure_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # still bleeding after pressure
    "My nosebleed won't stop after 20 minutes of pinching, there's blood everywhere.",
    # stopped, then started again
    "Her nosebleed stopped after 10 minutes then started again and there's blood everywhere.",
    # on an anticoagulant
    "I'm on apixaban. Nosebleed with blood everywhere, it stopped after 10 minutes of pressure.",
    # a wound, not a nose: pumping blood that stopped with a tourniquet
    "He cut his leg on glass and it was spurting, it stopped with pressure from a belt.",
])
def test_ongoing_or_anticoagulated_or_wound_bleeding_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a reflex faint at the sight of a needle or at a jab, come round within seconds (NICE CG109)
@pytest.mark.parametrize("text", [
    "My son passed out at his vaccine, came round within seconds, fine since.",
    "She passed out at the sight of the needle for her vaccine but came to straight away.",
    "She passed out when she saw the syringe, came round within seconds.",
])
def test_a_reflex_faint_with_quick_recovery_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # a faint after a jab without recovery told, with hives
    "She passed out 5 minutes after her vaccine and now has hives all over.",
    # a faint while running
    "He collapsed while running at football training and came round in a few seconds.",
    # a faint after a vaccine, no quick recovery told
    "My son passed out after his vaccine and is still very drowsy.",
])
def test_a_faint_with_a_high_risk_feature_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- blood in a newborn girl's nappy from the front (withdrawal bleeding) is not blood in the stool
@pytest.mark.parametrize("text", [
    "My baby girl is 3 days old and had a little blood in her nappy that came from the front, feeding well.",
    "My newborn girl, 6 days old, has a little blood in her nappy; the midwife said it's her mother's hormones.",
])
def test_withdrawal_bleeding_in_a_newborn_girl_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # blood in the stool
    "My 5 day old has blood in her poo and is not feeding.",
    # green vomit
    "My 6 day old girl has a little blood in her nappy and her vomit was bright green.",
])
def test_blood_in_a_newborns_stool_or_bilious_vomit_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- asthma: a tight chest with wheeze on exertion is not a coronary syndrome; BTS/SIGN grades it
@pytest.mark.parametrize("text", [
    "I'm asthmatic and my chest gets tight and wheezy when I climb the stairs since my cold, using salbutamol.",
])
def test_a_tight_wheezy_chest_on_exertion_in_asthma_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # asthma with a cardiac risk and exertional chest pain
    "I'm asthmatic and diabetic and I get chest pain when walking up the hill.",
    # asthma with chest pain and sweating
    "I have asthma and I have crushing chest pain and I'm sweating.",
])
def test_chest_pain_in_an_asthmatic_with_a_cardiac_feature_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- stable exertional angina settling within minutes of rest: rapid-access clinic (NICE CG95)
@pytest.mark.parametrize("text", [
    "For a month I get a tight chest when walking up the stairs which eases within a few minutes of resting.",
    "Chest pain on exertion, goes away within 5 minutes of stopping, never at rest.",
])
def test_exertional_angina_settling_with_rest_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # at rest
    "Chest pain on exertion that used to ease within 5 minutes of stopping but today came on at rest.",
    # with sweating
    "Tight chest walking up the stairs, eases within a few minutes of resting, but today I was sweating.",
    # lasting and not settling
    "Chest pressure on exertion which normally settles within two minutes of stopping, but it hasn't settled "
    "after 30 minutes.",
])
def test_angina_at_rest_or_with_a_feature_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a head bump with no NICE NG232 feature, "has not vomited" read as a denial (ConText)
@pytest.mark.parametrize("text", [
    "My 3 year old bumped her head on the table, she has not vomited and is running around.",
    "He banged his head on the door frame. He hasn't been sick and hasn't lost consciousness.",
])
def test_a_head_bump_with_vomiting_denied_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize("text", [
    # vomited three times
    "My son hit his head on the floor and has vomited three times since.",
    # denied vomiting but drowsy
    "She banged her head, has not vomited but is very drowsy.",
    # denied vomiting, on warfarin
    "He hit his head on the cupboard, he hasn't been sick, he is on warfarin.",
])
def test_a_head_injury_with_a_referral_feature_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


# -- same-day: a gaping wound needing closure, told adjective first; a sudden one-sided hearing loss
#    woken with days ago (NICE CKS lacerations; NICE NG98 1.1.1: ENT within 24 hours)
@pytest.mark.parametrize("text", [
    "My daughter has a deep gaping cut on her shin from the trampoline frame.",
    "I woke 3 days ago with muffled hearing in my right ear and a ringing, no pain.",
])
def test_a_gaping_wound_or_a_sudden_one_sided_hearing_loss_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # a graze, nothing gaping
    "He grazed his knee on the path, it's a small scrape and the edges are together.",
    # a slow, long-standing hearing loss
    "My hearing has been gradually getting worse in both ears for years.",
])
def test_a_graze_or_a_slow_hearing_loss_is_routine(text: str) -> None:
    assert _level(text) == "routine", text
