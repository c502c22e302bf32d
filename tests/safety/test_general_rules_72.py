"""General rules for what blind triage set 72 showed (first score in test_triage_blind72_report.py), each
written here in other words than the set uses: dengue named at home, with no travel, where it is endemic
("dengue", Malay "denggi", an NS1 test told positive) with a WHO 2009 warning sign (mucosal bleeding such as
gums or nose, cold or clammy hands and feet, vomiting three times or more or kept up, belly pain told in
English or Malay, "sakit perut", drowsiness): the critical phase's plasma leak, admit. Near misses: dengue
named with fever and aches only, a single vomit, a dengue vaccine asked about, and warning signs denied.
Two newborn alarms: a colour or tone change denied with "does not" ("doesn't go floppy", "did not turn blue"),
so a baby's short periodic-breathing pauses with no change stay calm while apnoea with a change stays an
emergency; and a baby's startle (Moro) reflex, set off by a loud noise or a startle and settled by being held,
called "a fit" by a relative, while a fit not stopped by holding stays an emergency."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level as _level


# -- dengue with a warning sign, no travel (WHO 2009 dengue guidelines: warning signs -> admit)
@pytest.mark.parametrize("text", [
    "My son Arif, 9, has dengue since Thursday, day 6 now. Temperature came down but his nose keeps bleeding"
    " and he is very sleepy.",
    "Doktor, suami saya positive denggi, day 4, sakit perut teruk and vomited 5 times since this morning.",
    "Clinic said NS1 positive on Tuesday. Today my wife's feet are icy cold and she keeps throwing up, fever still 38.6.",
    "Dengue confirmed 3 days ago, platelets now 40, my gums are bleeding a little when I eat.",
    "A 22-year-old man in Cebu on day 5 of dengue fever with epigastric pain and tender abdomen.",
])
def test_dengue_with_a_warning_sign_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # dengue named with fever and aches only: no warning sign
    "My brother in Johor has dengue, day 2, high fever and his whole body aches, drinking lots of water.",
    # a single vomit is not persistent vomiting
    "Daughter tested denggi positive yesterday, fever 39, vomited once after panadol, now eating biscuits.",
    # a vaccine question
    "Is the dengue vaccine safe for my 10-year-old? She has never had dengue before.",
    # warning signs denied
    "Dengue day 4, fever and headache, no bleeding gums, no tummy pain, not vomiting, hands are warm.",
])
def test_dengue_without_a_warning_sign_or_a_vaccine_question_is_calm(text: str) -> None:
    _calm(text)


# -- a newborn's periodic breathing: short pauses, no colour or tone change (AAP 2016 BRUE: apnoea >= 20 s,
# cyanosis, pallor or hypotonia are the alarms)
@pytest.mark.parametrize("text", [
    "Our girl is 10 days old. Asleep she pauses her breathing for 4 or 5 seconds then carries on, she did not turn"
    " blue or go limp, feeding fine.",
    "My 3 week old son breathes in bursts when he naps, little gaps of a few seconds, he doesn't get pale or floppy"
    " and wakes for every feed.",
])
def test_periodic_breathing_with_no_change_denied_by_does_not_is_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "Our girl is 10 days old. Asleep she stopped breathing for about 25 seconds and went floppy.",
    "My 3 week old stopped breathing for 20 seconds and turned blue around the lips.",
    "My 3 week old stops breathing for a few seconds in his sleep, and he does go floppy and pale.",
])
def test_apnoea_with_a_change_is_emergent(text: str) -> None:
    _emergent(text)


# -- a baby's startle (Moro) reflex called a fit: settled by being held (NHS "Newborn reflexes")
@pytest.mark.parametrize("text", [
    "Our 4 week old daughter startles at the dog barking, flings her arms out and trembles for a second, then"
    " settles when I pick her up. Grandad thinks it was a fit.",
    "Mi nieto tiene 6 semanas. A loud clap from his brother made him jerk his arms up, he cried and relaxed once"
    " we cuddled him, only a second. My mother calls it un ataque, a fit.",
])
def test_a_startle_settled_by_holding_called_a_fit_is_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    # holding does not stop it, with a colour change
    "My 4 week old after a loud bang started jerking both arms rhythmically for two minutes and did not stop when"
    " I held her, lips went blue. Was it a fit?",
    "My 4 week old had a fit, both arms jerking for a minute, she looked startled first and it didn't stop when I"
    " held her.",
    "My 5 week old baby is having a fit right now, stiff and jerking.",
])
def test_a_fit_not_settled_by_holding_is_emergent(text: str) -> None:
    _emergent(text)


# A newborn's first poos are black and sticky (meconium) and turn green, then yellow, over the first days
# (NHS, "your baby's first poos"): no melaena; black tarry stools in an adult stay a same-day bleed, and with
# dizziness or pallor an emergency (the lead's fix after this round: set 72's "black stool is turning greenish")
@pytest.mark.parametrize("text", [
    "our daughter is 4 days old, feeding every 3 hours, wet nappies, and her black stools are now turning green, is that ok?",
    "2 day old still passing black sticky stools (meconium), wakes to feed well",
])
def test_a_newborns_meconium_is_no_bleed(text: str) -> None:
    assert _level(text) == "routine"


def test_black_tarry_stools_stay_a_bleed() -> None:
    assert _level("my husband has had black tarry stools since this morning, otherwise ok") == "urgent"
    assert _level("black sticky poo since yesterday and she went pale and dizzy when she stood up") == "emergent"
