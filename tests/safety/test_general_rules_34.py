"""General rules for what blind triage set 34 showed (first score in test_triage_blind34_report.py),
each written here in other words than the set uses: the misses that must now be emergent, the false
alarms that must now be calm, the level error that must now be raised, and the near misses of each
new reading that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- anaphylaxis: an airway sign (a hoarse voice, throat clearing) with skin or mucosal change, or skin
#    and gut symptoms after a likely allergen (Resuscitation Council UK 2021; WAO 2020)
@pytest.mark.parametrize("text", [
    "My 10 yr old is allergic to peanuts and had a cookie at a party; now his voice is hoarse and he has hives on his arms",
    "Our son (4, egg allergy) ate some cake at nursery; now raised red blotches over his chest, he has been sick twice"
    " and has a sore tummy",
    "After the penicillin jab my voice went husky and I came out in welts all over my back. 44F",
    "Teenager, sesame allergy, had some hummus at lunch. Her lips have got really puffy and she won't stop clearing her throat.",
])
def test_airway_or_gut_signs_with_skin_change_after_an_allergen_are_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # a hoarse voice with a cold, no skin or mucosal change
    ("hoarse voice for a week with a cold, no rash, no swelling, eating fine", "routine"),
    # a question of what to do if it happens
    ("my son has a nut allergy; what should I do if his voice goes hoarse?", "routine"),
    # a tummy ache with no skin change, however allergic
    ("I'm allergic to cats and have had a sore tummy since lunch, no rash", "routine"),
])
def test_anaphylaxis_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- fever in an infant under 3 months, the age told in Spanish, Portuguese, Italian or French weeks or days
#    (NICE NG143: any infant under 3 months with a temperature of 38 C or more is a red feature)
@pytest.mark.parametrize("text", [
    "mi hija tiene 5 semanas y tiene 38.4 de temperatura, no quiere comer",
    "o meu bebé tem 7 semanas, temperatura 38,5 desde hoje de manhã",
    "la mia bambina ha 3 settimane, temperature 100.8°F this evening, she's feeding ok",
    "mon bébé a 10 jours, il a 38,2 ce soir",
])
def test_fever_in_an_infant_aged_in_other_languages_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # a normal temperature at that age
    ("mi bebé tiene 6 semanas, temperatura 36.8, come bien, solo tiene mocos", "routine"),
    # weeks of a pregnancy, not an infant's age
    ("tengo 6 semanas de embarazo y me duele un poco la cabeza", "routine"),
])
def test_infant_age_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- maternal sepsis: a fever after a birth or caesarean with two of its red flags (RCOG Green-top 64b;
#    UKOSS; NICE NG51 within six weeks of a birth)
@pytest.mark.parametrize("text", [
    "Day 4 post LSCS. Temp 38.4, tender lower abdomen and the lochia smells foul. Wants to stay home with the baby.",
    "I gave birth 8 days ago, temp tonight 38.5, my heart is racing at 115 and my bleeding smells really bad",
    "Postnatal day 5, 26F: temperature 38.2 °C, offensive vaginal discharge, vomited twice, mild lower tummy ache.",
])
def test_fever_after_birth_with_maternal_sepsis_red_flags_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # well after the birth, normal temperature
    ("Day 5 after my c-section, temp 36.9, wound clean, feeding going well, bit sore when I laugh", "routine"),
    # a question about a friend's birth, told in the past
    ("my sister had sepsis after her caesarean years ago; what are the signs I should look out for?", "routine"),
])
def test_maternal_sepsis_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


@pytest.mark.parametrize("text", [
    # "not herself" is how a carer says unwell: it denies nothing that follows
    "Mum isn't herself, shivering and breathing fast, 82, on the sofa",
])
def test_not_herself_does_not_deny_what_follows(text: str) -> None:
    assert _level(text) == "emergent", text


# -- a button battery swallowed, perhaps swallowed, or missing near a child (NPIS / RCEM / BAPS 2019:
#    an emergency X-ray even when well)
@pytest.mark.parametrize("text", [
    "Granny can't find one of her hearing aid batteries and the baby was playing on her lap with the packet",
    "3yo had a CR2025 in her mouth a minute ago and now it's gone, no coughing",
    "Toddler was sucking on the calculator battery earlier and now we can't see it anywhere, he's happy",
    "Our 2-year-old: the CR2032 is gone from the tea light and he had the tea light in his mouth, no symptoms",
])
def test_button_battery_possibly_swallowed_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # a coin is not a battery
    ("my 3 year old swallowed a 5p coin an hour ago, he's fine, eating and drinking", "routine"),
    # buying or safety questions
    ("where can I buy a new watch battery? mine has died", "routine"),
    ("is it dangerous if a child swallows a button battery? we have lots of remotes", "routine"),
])
def test_button_battery_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- pain out of proportion: a severe abdominal pain with a soft abdomen in AF or an older person, or an
#    abdominal pain with a lactate of 4 or more (ESVS 2017 mesenteric ischaemia; NICE NG51)
@pytest.mark.parametrize("text", [
    "81F, known AF. Tummy pain since breakfast, the worst of her life. Belly soft, only slightly tender.",
    "ED: 68M, abdominal pain 3 h, severe pain, abdomen soft non-tender, on no anticoagulant for his AF",
    "70-year-old with generalised abdominal pain and vomiting, lactate 5.1 on the gas",
])
def test_pain_out_of_proportion_or_high_lactate_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # a tension headache told as not the worst ever
    ("dull band-like headache most afternoons, not the worst ever, goes with paracetamol", "routine"),
    # a soft abdomen and a mild ache in a young adult
    ("24M, mild tummy ache after a takeaway, abdomen soft, eating and drinking", "routine"),
    # a lactate after exercise with no pain
    ("my lactate was 6 after the interval session at the sports lab, is that normal?", "routine"),
])
def test_pain_out_of_proportion_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- unconscious under a general anaesthetic or sedation: a planned state, not a collapse
@pytest.mark.parametrize("text", [
    "Had my knee scoped under general anaesthetic last week, I was unconscious for an hour; now it's just stiff.",
    "Colonoscopy yesterday under sedation, I was basically unconscious the whole time; a bit bloated today.",
    "I was put under for the operation and unconscious for two hours, can I drive yet? Hernia repair 10 days ago.",
])
def test_unconscious_under_planned_anaesthetic_is_not_an_event(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize(("text", "level"), [
    # unconscious now, after an operation: still an emergency
    ("He had his hernia repaired under general anaesthetic yesterday and now he is unconscious and we can't wake him",
     "emergent"),
    ("found dad unconscious on the floor, breathing", "emergent"),
])
def test_unconscious_now_stays_emergent(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- recurrent panic with chest tightness, the tests normal: no infarction (NICE CG95 / CG113); a new chest
#    pain with a sense of doom stays an emergency
@pytest.mark.parametrize("text", [
    "Another panic attack last night: tight chest and sure I was going to die. Normal ECG and troponin at A&E twice"
    " before. Calm now.",
    "Recurring chest tightness when anxious, ECGs and troponin all normal at A&E three times, feel OK today",
    "I keep getting chest pain with panic; had troponins done, both were normal. Any tips for calming down?",
])
def test_recurrent_chest_tightness_with_normal_troponins_is_calm(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "new chest tightness an hour ago with a sense of impending doom, 45M",
    "my chest is tight and I honestly feel like I'm going to die, started 20 mins ago",
])
def test_new_chest_pain_with_doom_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # a troponin told raised is still ischaemia
    ("chest pain since this morning, troponin raised at the walk-in centre", "emergent"),
    # a feeling of doom with no chest pain is no cardiac rule
    ("I feel like I'm going to die of embarrassment, I sent the email to the whole office", "routine"),
])
def test_chest_pain_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- croup with stridor (even only when upset), a hoarse voice or fever in a child: same day (NICE CKS croup)
@pytest.mark.parametrize("text", [
    "toddler (18 months) woke with a cough like a seal and a squeaky breath in when he cries, fine when calm",
    "4yo daughter, croup since last night, hoarse voice, temp 38.3, drinking well",
    "My 3 year old has a barking cough and a husky voice, no noise at rest, playing",
])
def test_croup_with_stridor_hoarseness_or_fever_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize(("text", "level"), [
    # a barking cough alone, no stridor, no fever
    ("5 year old with a barking cough since yesterday, no stridor, no fever, running around", "routine"),
    # a past croup and a question
    ("my son had croup last winter, what should I look out for if it comes back?", "routine"),
    # stridor at rest stays an emergency
    ("2yo with croup, noisy breathing even at rest, sucking in under the ribs", "emergent"),
])
def test_croup_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text
