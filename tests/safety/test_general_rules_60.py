"""General rules for what blind triage set 60 showed (first score in test_triage_blind60_report.py),
each written here in other words than the set uses: the miss that must now be emergent, the over-reads that
must now be calm, and the near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level


# -- a relative's gestation, "my wife is 34 weeks pregnant", is the pregnancy's weeks, not the wife's age (an
#    age of 0.65 years made her an infant, and no pregnancy finding could fire): with pre-eclampsia symptoms
#    or a BP >= 160/110 after 20 weeks it is emergent (NICE NG133)
@pytest.mark.parametrize("text", [
    "My daughter is 31 weeks pregnant with her second, her face is puffy and she keeps seeing flashing lights",
    "my partner is 36 wks pregnant, her bp at the chemist was 164/112, she feels fine, can it wait for the"
    " midwife?",
    "Mum is 29 weeks pregnant (surprise baby!), bad headache and her vision is blurry since lunch",
    "My wife is 33 weeks pregnant, headache since morning not going with panadol, and the monitor showed 150/100",
])
def test_relatives_gestation_with_preeclampsia_signs_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "my wife is 30 weeks pregnant and has a cold, can she take strepsils?",
    "My daughter is 26 weeks pregnant and wants to know if she can fly to Spain next month",
    "my partner is 35 weeks pregnant, her BP at the midwife was 118/74 and she feels well, what should be in the"
    " hospital bag?",
])
def test_relatives_gestation_without_red_flags_stays_calm(text: str) -> None:
    _calm(text)


# -- a toothache, however strong, told without swelling, fever or trouble opening the mouth or swallowing, is
#    for the dentist (NICE CKS Dental abscess / dental pain): "killing me" told of a tooth with those signs
#    denied is no same-day finding; told alone, or with a fever, a swelling or a severe pain elsewhere, it
#    keeps its level
@pytest.mark.parametrize("text", [
    "terrible pain in my back tooth, can't sleep, cheek isn't swollen and no fever, dentist is closed till Monday",
    "My upper molar has been killing me since Saturday, worse with cold drinks, face not swollen, is it ok to wait"
    " for my dentist?",
    "the toothache is unbearable, 9/10 at night, ibuprofen helps a bit, can open my mouth and swallow fine",
])
def test_toothache_without_spreading_signs_is_routine(text: str) -> None:
    assert level(text) == "routine", text


@pytest.mark.parametrize(("text", "expected"), [
    ("my back molar has been agony for 2 days, temp 38.6 and I feel shivery", "urgent"),
    ("my molar is killing me and now my cheek is swollen up", "urgent"),
    ("severe chest pain and my tooth aches", "urgent"),
    ("severe toothache since last night, can't sleep", "urgent"),
    ("my molar is agony, face not swollen but temp 38.4", "urgent"),
    ("awful tummy pain since lunch, and a toothache too", "urgent"),
    ("my tooth is killing me and now I can't open my mouth and it hurts to swallow", "emergent"),
])
def test_toothache_with_fever_swelling_or_other_pain_keeps_its_level(text: str, expected: str) -> None:
    assert level(text) == expected, text


# -- a baby's gum swollen over a tooth coming through is teething (NICE CKS Teething: gum swelling, drooling,
#    chewing, a temperature under 38 C), not a dental abscess; a grown tooth's swollen gum still is one
@pytest.mark.parametrize("text", [
    "my 10 month old is teething, top gums are swollen and red, temp 37.6, still drinking his bottles",
    "baby 9 months, gum looks puffy where her first teeth are breaking through, a bit clingy at night",
    "An 11-month-old boy is chewing everything and drooling; his upper gum is swollen where a tooth is pushing"
    " through. Temperature 37.4 C, feeding well.",
])
def test_swollen_gum_over_an_erupting_tooth_is_routine(text: str) -> None:
    assert level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "my gum is swollen around a back tooth and it throbs, bad taste in my mouth",
    "my son is 7 and his gum is swollen above a tooth with a yellow spot on it",
])
def test_swollen_gum_around_a_grown_tooth_stays_urgent(text: str) -> None:
    assert level(text) == "urgent", text


# -- an irregular pulse found at a check (a pharmacy or blood pressure check, a home monitor, a watch) in
#    someone well is for a routine ECG with the GP (NICE NG196); with breathlessness, chest pain, dizziness or a
#    faint, a rate over 110, or palpitations begun within two weeks, it is the same day; felt as an illness it
#    keeps its level
@pytest.mark.parametrize("text", [
    "the pharmacist said my dad's heartbeat is irregular when she did his blood pressure, he's 74 and feels fine",
    "My apple watch keeps saying possible AFib, I'm 58 and feel completely well, pulse 76",
    "A 71-year-old man was told of an irregular pulse at his annual health check; he has no breathlessness, chest"
    " pain or dizziness. Pulse 82, BP 134/80.",
])
def test_irregular_pulse_found_at_a_check_in_someone_well_is_routine(text: str) -> None:
    assert level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "the chemist found an irregular pulse at my BP check, and I've been short of breath and dizzy since yesterday",
    "irregular pulse at the pharmacy check, rate 134, I feel fine",
    "my heartbeat feels irregular and I feel faint",
    "my mum's pulse is irregular, she's 80",
    "my watch flagged an irregular heartbeat and I've had palpitations for 4 days",
])
def test_irregular_pulse_with_symptoms_or_felt_stays_urgent(text: str) -> None:
    assert level(text) == "urgent", text
