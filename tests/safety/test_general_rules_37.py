"""General rules for what blind triage set 37 showed (first score in test_triage_blind37_report.py),
each written here in other words than the set uses: the misses that must now be emergent, the look-alike
alarms that must now be calm, the clinical false alarms and level errors that must now read their level,
and the near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- pain in the jaw and both arms with sweating, nausea or breathlessness, no chest pain named
#    (NICE CG95 1.1.1: acute coronary syndrome; AHA/ACC 2021: the chest may be spared)
@pytest.mark.parametrize("text", [
    "my dad is 64, his jaw and both arms are aching and he's drenched in sweat, says it's just wind",
    "Husband (59): arms and jaw aching for 20 minutes, he's gone grey and is being sick",
    "Woman, 70, diabetic: jaw and left arm hurting for 30 min, breathless, no chest pain at all.",
    "my jaw n arms ache real bad and im sweating loads, 55, thought it was heartburn",
])
def test_jaw_and_arm_pain_with_sweating_or_nausea_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # a jaw ache from a tooth, no sweating, no nausea, no breathlessness
    ("my jaw aches on the left since the dentist filled a tooth yesterday, I'm 40", "routine"),
    # arms aching after the gym, nothing else
    ("both arms ache after a big upper body session yesterday, totally fine otherwise", "routine"),
    # jaw and arm ache denied
    ("no jaw or arm pain, I was just sweating in the sauna", "routine"),
])
def test_jaw_and_arm_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- sudden lower abdominal pain with vomiting in an adolescent boy: torsion until the testes are examined
#    (NICE CKS scrotal pain and swelling; BAUS)
@pytest.mark.parametrize("text", [
    "my son is 13, sudden bad tummy pain low down on the right an hour ago and he's been sick twice",
    "16-year-old boy, abrupt onset of lower abdominal pain during football, vomited, won't let anyone look.",
    "lad aged 12 woke up and suddenly got pain in his lower belly, threw up, says it's his stomach",
])
def test_sudden_abdominal_pain_with_vomiting_in_a_teenage_boy_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # a girl: no testis (ovarian torsion has its own reading)
    ("my daughter is 14, tummy ache for two days with diarrhoea, drinking fine", "routine"),
    # a boy with a gradual tummy bug and no sudden start
    ("my son is 13, tummy ache on and off since yesterday, no vomiting, eating fine", "routine"),
    # a grown man's sudden tummy cramp with vomiting after a takeaway, 45: no adolescent
    ("I'm 45, had a dodgy kebab, stomach cramps and loose stools, otherwise fine", "routine"),
])
def test_adolescent_abdominal_pain_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a fever on chemotherapy told by its regimen, cycle or service (NICE NG151 / CG151; UKONS triage)
@pytest.mark.parametrize("text", [
    "Mum is on cycle 2 of R-CHOP for lymphoma, day 10, temp 38.1 tonight, says she feels fine",
    "Oncology helpline: 61-year-old man, day 8 after docetaxel, temperature 38.4, mild sore throat.",
    "I'm on cycle 4 of FOLFOX for bowel cancer and my temp is 38.2, can I take paracetamol and wait?",
])
def test_fever_on_chemotherapy_told_by_its_regimen_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # a normal temperature on the same regimen
    ("on cycle 3 of FEC-T for breast cancer, temp 36.8, just very tired", "routine"),
    # a menstrual cycle, no chemotherapy
    ("day 9 of my cycle, temp 37.1, a bit crampy", "routine"),
])
def test_chemotherapy_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- fever with sore mouth, lips or eyes on a drug that causes SJS/TEN, or blisters that break easily on
#    dusky skin (BAD 2016 SJS/TEN guideline; MHRA lamotrigine)
@pytest.mark.parametrize("text", [
    "Started allopurinol 3 weeks ago, now temp 38.5, sore red eyes and ulcers in my mouth",
    "He's been on carbamazepine for a month; fever today, crusted lips and sore eyes. Is it a cold sore?",
    "Since the co-trimoxazole she has a fever of 39, a raw mouth and blisters that peel off on her back",
])
def test_fever_with_sore_mouth_on_a_culprit_drug_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # the drug with no fever, no mucosal signs
    ("started lamotrigine 2 weeks ago and feel a bit dizzy, no rash", "routine"),
    # a cold sore with no culprit drug and no fever
    ("crusted lips from a cold sore, otherwise well", "routine"),
])
def test_sjs_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a household ill together, better away from home, with a fuel-burning appliance (NICE CKS CO poisoning)
@pytest.mark.parametrize("text", [
    "He and the kids have had headaches for days, the gas fire has been on non stop since the cold weather",
    "my headaches and nausea are better at college, worse at home, and the paraffin heater is on every night",
    "Headaches every evening, better at work, and the dog is sleeping all the time; we have a log burner",
])
def test_carbon_monoxide_told_in_other_words_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # one person's headache, no appliance, no household
    ("headache after a long day at work, better after a coffee", "routine"),
    # a new boiler fitted, nobody ill
    ("we had a new boiler fitted yesterday and the kids are fine, just asking about the CO alarm", "routine"),
])
def test_carbon_monoxide_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- any fresh bleeding or clots after a tonsillectomy, even stopped (ENT UK)
@pytest.mark.parametrize("text", [
    "tonsillectomy 6 days ago, woke with bright red clots on her pillow, none since",
    "Day 5 post tonsillectomy, 24F, bright red blood in the sink after brushing teeth, now settled",
    "daughter's tonsillectomy was last week, she coughed up 'a little bit' of bright red blood",
])
def test_bleeding_after_tonsillectomy_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # white scabs after a tonsillectomy, no blood
    ("day 6 after tonsillectomy, white patches at the back of his throat, eating ice cream", "routine"),
])
def test_tonsillectomy_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- a pulse under 50 with two adverse features (RCUK 2021 bradycardia; silent ischaemia, NICE CG95)
@pytest.mark.parametrize("text", [
    "Grandad 82, pulse 44 on his watch, sweaty and clammy and short of breath sitting in his chair",
    "My mum's heart rate is 42, she's nauseous and light-headed, she's 79",
    "70 yo man, HR 47, breathless on minimal exertion and feels faint since lunchtime",
])
def test_slow_pulse_with_two_adverse_features_is_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # a runner's slow pulse, well
    ("I'm a marathon runner, resting pulse 46, feel great, is that ok?", "routine"),
    # one feature only
    ("pulse 48 on my watch this morning and I felt a bit sick after breakfast", "routine"),
])
def test_slow_pulse_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- an "overdose" of a vitamin without iron (TOXBASE) and a leaflet's warning (MHRA patient information)
@pytest.mark.parametrize("text", [
    "I think I've overdosed!! took two of my vitamin D3 tablets by mistake, 2000 IU each, I'm 35",
    "help i overdosed. had my multivitamin twice today. will i be ok",
    "The patient leaflet mentions suicidal thoughts as a side effect. I'm on fluoxetine and feel fine, should I worry?",
    "The leaflet says it can cause suicidal thoughts - he's 70 and doing great on sertraline, anything to watch for?",
])
def test_vitamin_overdose_and_a_leaflet_question_are_calm(text: str) -> None:
    assert _level(text) != "emergent", text


@pytest.mark.parametrize(("text", "level"), [
    # an overdose of a medicine beside the vitamin still fires
    ("I overdosed. took my vitamin D and about 20 of my sertraline", "emergent"),
    # a thought that is his own, not the leaflet's
    ("the leaflet was useless, he told me tonight he has suicidal thoughts and wants to die", "emergent"),
])
def test_vitamin_and_leaflet_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


# -- clinical false alarms and level errors, in other words
@pytest.mark.parametrize(("text", "level"), [
    # itching of palms and soles in pregnancy, scratched till it bleeds: cholestasis, urgent (RCOG GTG 43)
    ("34 weeks pregnant, my palms and soles itch like mad at night, scratched till they bleed, no rash", "urgent"),
    # an old man with dementia, baseline confusion, new cough and a low-grade temperature: urgent (NICE NG51)
    ("Nursing home: 88-year-old woman with Alzheimer's, usually confused, new chesty cough, temp 37.7, obs normal",
     "urgent"),
    # a 4-month-old's 38.2 after the MenB jab, feeding and smiling: 3-6 months, under 39 (NICE NG143)
    ("my 17 week old had her jabs this morning, temp 38.2 now, feeding well and smiling", "routine"),
    # migraine with aura on the combined pill: UKMEC 4, urgent
    ("I get migraines with aura, flashing zigzag lines first, and I've just started Microgynon", "urgent"),
    # sudden one-sided hearing loss: urgent (NICE NG98)
    ("since this morning I can't hear anything in my left ear, no pain, no cold", "urgent"),
    # glucose 16-20 on a meter for days with thirst: urgent (sick-day rules)
    ("type 2 diabetic, meter readings 16-20 mmol/L since Monday, thirsty and weeing loads", "urgent"),
])
def test_clinical_false_alarms_and_level_errors_read_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text


@pytest.mark.parametrize(("text", "level"), [
    # a 10-week-old with a fever is still red (NICE NG143: under 3 months)
    ("my 10 week old baby has a temperature of 38.1, had jabs yesterday", "emergent"),
    # bleeding in pregnancy after 20 weeks is still an emergency
    ("31 weeks pregnant and bleeding bright red from down below", "emergent"),
    # migraine with aura on a pill taken for years, the pattern unchanged: no new start
    ("migraine with aura since I was 15, on the combined pill for years, attacks same as always", "routine"),
    # migraine with aura, not on the pill
    ("usual migraine with aura today, zigzag lines then headache, not on the combined pill", "routine"),
    # new confusion in dementia within hours still fires
    ("Dad has dementia but today he's suddenly very muddled and can't find words, since this morning", "emergent"),
])
def test_level_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level, text
