"""General rules for what blind triage set 32 showed (first score in test_triage_blind32_report.py),
each written here in other words than the set uses: the misses that must now be emergent, the false
alarm and level errors that must now be calmer or raised, and the near misses of each new reading
that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- digoxin toxicity with a slow pulse (NICE CKS / BNF digoxin; RCUK 2021 bradycardia, adverse features)
@pytest.mark.parametrize("text", [
    "My nan is 88 and they upped her digoxin on Friday; pulse 44 tonight, she's gone off her food and says the TV looks greenish",
    "On digoxin for AF, started clarithromycin 3 days ago, pulse 46 and I feel sick and a bit light-headed",
    "81M on digoxin 125 mcg. HR 42. Nausea, anorexia, yellow-tinged vision since yesterday.",
    "my oximeter shows a pulse of 38, I'm on digoxin and keep feeling queasy",
    # Spanish, the pulse as "pulso"
    "Mi madre tiene 84 años y toma digoxina; pulso 44 hoy, está mareada y no come",
])
def test_digoxin_toxicity_with_a_slow_pulse_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "I take bisoprolol and my pulse is 44, nearly passed out in the shower just now",
    "Dad is 79, takes atenolol, pulse 45 and he fainted getting out of his chair",
    "on verapamil for my heart, HR 47 this afternoon and I went all woozy and had to sit down before I fell",
])
def test_slow_pulse_with_a_faint_on_a_rate_limiting_drug_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # a slow pulse on a beta-blocker, well: its expected effect
    ("on bisoprolol 5 mg, resting pulse 48, feel totally fine, is that ok?", "routine"),
    # digoxin with a normal pulse and a passing queasiness
    ("been on digoxin for years, pulse 68, bit queasy after a takeaway", "routine"),
    # a watch reading in the 40s on digoxin (watches undercount in AF), no adverse feature
    ("my watch said pulse 45 on digoxin, I feel fine otherwise", "routine"),
    # someone else's history
    ("my brother had digoxin toxicity once; I'm on bisoprolol, pulse 64 and feel fine", "routine"),
    # a question about a risk, the pulse normal
    ("on digoxin, could a slow pulse make me feel faint? mine is 70 today", "routine"),
    ("if my pulse ever drops under 40 on bisoprolol and I feel faint, should I ring 999?", "routine"),
])
def test_slow_pulse_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


def test_yellow_vision_on_digoxin_is_same_day() -> None:
    text = "I take digoxin, my pulse is 72, but everything has looked a bit yellow since Tuesday"
    assert _level(text) == "urgent", text


# -- a complication after abdominal surgery told through the course (NICE NG51; post-operative peritonitis)
@pytest.mark.parametrize("text", [
    "C-section 6 days ago, now my whole belly is swollen and tender and I'm shivering, 38.9",
    "Five days since my bowel resection, tummy sore all over and getting bigger, heart rate 124",
    "she had her appendix out on Thursday; since this morning her tummy is sore everywhere and she has a temperature of 38.7",
    "58F. Day 4 post laparoscopic cholecystectomy. Generalised abdominal tenderness, rigors. T 38.1.",
])
def test_generalised_abdomen_after_surgery_with_fever_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # the wounds sore, no fever, eating
    ("appendix out 4 days ago, the little wounds are sore, no fever, eating fine", "routine"),
    # an operation years ago
    ("had my gallbladder out 3 years ago, tummy ache all over today after a curry, temp 37.2", "routine"),
    # keyhole surgery on a knee is no abdominal operation; a bloated belly without fever
    ("keyhole knee surgery last week, my belly has been getting bigger from sitting about, no temperature", "routine"),
    # the signs denied, and a question before an operation
    ("bowel op 5 days ago, tummy not swollen, no fever, eating and drinking", "routine"),
    ("what signs of a leak should I watch for after my bowel op next week?", "routine"),
])
def test_post_op_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a child's age in a record's terse form (NICE NG143 traffic lights by age; adult SIRS limits do not apply)
@pytest.mark.parametrize("text", [
    "6M. Cough and fever 3/7. T 38.6, HR 124, RR 24, SpO2 98%. Alert, playing, drinking.",
    "9 y/o boy, temp 38.5, HR 118, running about and eating",
    "10F. Earache 1/7. T 38.2, HR 116. Drinking well.",
])
def test_a_childs_terse_age_keeps_a_fever_with_a_childs_pulse_calm(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # an adult with the same numbers still meets the SIRS pair
    ("34F. Cough and fever 3/7. T 38.6, HR 124, RR 24.", "emergent"),
    ("41M, temp 38.5, HR 118, shivery", "emergent"),
    # a child's pulse above the NG143 red or NG51 high-risk line for age still alarms
    ("2M. Fever since last night, T 39.2, HR 190, mottled.", "emergent"),
])
def test_terse_age_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- sudden one-sided hearing loss in a record's words (NICE NG98: ENT within 24 hours)
@pytest.mark.parametrize("text", [
    "49F. L ear blocked with dull hearing since this morning. Weber to the R. Ears look normal.",
    "63M woke today with his right ear full and muffled hearing, no earache, no discharge",
])
def test_sudden_one_sided_hearing_loss_in_record_words_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize(("text", "level"), [
    # weeks of a blocked ear with wax
    ("R ear blocked with muffled hearing for 3 weeks, I can see wax, no pain", "routine"),
])
def test_hearing_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- stable angina: an unchanged exertional pattern settling with rest (NICE CG126), crescendo still emergent
@pytest.mark.parametrize("text", [
    "68M. Exertional chest pain for 2 years, predictable pattern, relieved by rest within 5 minutes. ECG normal.",
    "Tight chest when I walk up hills, goes off when I stop, the pattern has been the same for a year",
])
def test_stable_angina_told_as_an_unchanged_pattern_is_routine(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize(("text", "level"), [
    # new exertional pain settling with rest: a rapid-access chest pain clinic, urgent (NICE CG95)
    ("chest tightness on exertion, eases within 2 minutes of stopping, started 2 weeks ago", "urgent"),
    # exertional pain, nothing said of rest: still an alarm
    ("chest pain walking uphill for a year, same pattern", "emergent"),
])
def test_angina_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


def test_a_changed_pattern_is_crescendo_angina() -> None:
    text = "tight chest climbing stairs, goes off when I stop, same pattern for months but now it's coming more often"
    assert _level(text) == "emergent", text
