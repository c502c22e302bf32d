"""General rules for what blind triage set 76 showed (first score in test_triage_blind76_report.py), each
written here in other words than the set uses: a pregnancy told in Spanish or Portuguese by the verb alone
("estoy de 33 semanas", "tengo 31 semanas", "estou com 36 semanas") with pre-eclampsia's signs or a severe blood
pressure, a number after an accented word read as the plain one ("presión salió 166/104"), and sight told in
those languages ("veo lucecitas", "visão embaçada"); a snake bite felt but not seen, with a snake seen in the
next breath ("something bit my foot ... saw a snake", "two small marks"), a bite denied no longer read as one,
and a kept harmless snake's bite urgent unless envenomation shows; a faint at a jab with a few jerks, come round
within a minute, a reflex faint and not a fit (nor anaphylaxis's shock); a febrile traveller told "drinking
well" well in themselves (a same-day malaria film), emergent again with a dengue warning sign. Each with the
near misses that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level as _level


# -- pre-eclampsia told in Spanish or Portuguese (NICE NG133: severe headache, visual disturbance, BP >= 160/110)
@pytest.mark.parametrize("text", [
    "buenas noches, estoy de 33 semanas y desde la tarde veo lucecitas, and my hands are so puffy, ring won't come"
    " off",
    "Hola, soy de Lima y tengo 31 semanas. hoy en la clinica la presión salió 166/104, I feel ok otherwise",
    "oi, estou com 36 semanas, minha pressão deu 150/95 e estou com a visão embaçada desde ontem",
    "estoy de 29 semanas, tengo un dolor de cabeza muy fuerte y la cara muy hinchada",
])
def test_pregnancy_told_by_the_verb_with_pre_eclampsia_signs_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # a normal pressure with a stress headache
    "buenas, estoy de 30 semanas, la presion 128/80, me duele un poco la cabeza por el estrés del trabajo",
    # ankles swollen in the evening, alone
    "estoy de 38 semanas y se me hinchan los tobillos por la tarde, is that normal?",
    # weeks of a holiday are no pregnancy
    "tengo 3 semanas de vacaciones en Cancun, what vaccines do I need?",
])
def test_a_normal_pressure_or_ankles_alone_in_pregnancy_are_calm(text: str) -> None:
    _calm(text)


def test_a_high_pressure_told_by_someone_not_pregnant_is_not_made_emergent_by_pregnancy() -> None:
    assert _level("I'm a 45 year old man, the pharmacy bp machine says 164/112, no headache, no symptoms at"
                  " all") != "emergent"


# -- a snake bite felt, the snake seen (Australian Resuscitation Council 9.4.1: any suspected snake bite, call 000)
@pytest.mark.parametrize("text", [
    "Walking through the tall grass in Kerala, something bit my foot. I saw a snake slither away. It does not hurt.",
    "Out at the cattle station near Alice, felt a sharp prick on my shin by the woodpile and a dark snake went"
    " under the tin. Two small marks, no pain really.",
    "got bitten by a snake in the garden in Arizona, it only hurts a bit",
    "my pet ball python bit me an hour ago, now my eyelids are drooping and my vision is blurry",
])
def test_a_snake_bite_felt_or_seen_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # a snake seen, no bite
    "I saw a big snake on the path today while jogging in Queensland, it didn't bite me, just gave me a fright",
    # a dog's bite
    "the neighbour's dog bit my hand this morning, two puncture marks, a bit swollen",
])
def test_a_snake_seen_without_a_bite_or_a_dog_bite_is_not_emergent(text: str) -> None:
    assert _level(text) != "emergent"


def test_a_kept_harmless_snakes_bite_is_urgent_at_most() -> None:
    assert _level("My son's corn snake nipped his finger while he fed it, tiny marks, it is non-venomous. Just wash"
                  " it?") in ("urgent", "routine")


# -- a reflex faint at a jab with a few jerks (NICE CG109 1.1.2; Green Book ch. 8: syncope after vaccination)
@pytest.mark.parametrize("text", [
    "My son (14) passed out straight after his tetanus booster at school, a couple of twitches of his legs,"
    " back to himself within a minute, ate his lunch. Is that epilepsy? Was that a seizure?",
    "A 17-year-old boy fainted standing after a meningitis injection: pale, a few jerks of both arms, fully"
    " awake within 15 seconds. HR 70, BP 115/72 ten minutes later, no rash, no stridor.",
])
def test_a_faint_at_a_jab_with_jerks_and_a_quick_recovery_is_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    # a fit again after the faint
    "my son (12) fainted after his flu jab and twitched, came round in 10 seconds, then had another fit in the car",
    # no vaccine, no faint: a first fit
    "My son 9 had a seizure at school today, first ever, he seems fine now",
    # faint at a jab, then a seizure later, with no jerks told with the faint
    "my son (12) fainted after his flu jab, came round in 10 seconds, then 5 minutes later had a seizure with his"
    " eyes rolling",
    # hives and wheeze after a vaccine: anaphylaxis
    "fainted after her vaccine and now she has hives all over and is wheezing",
])
def test_a_second_fit_a_first_fit_or_anaphylaxis_stays_emergent(text: str) -> None:
    _emergent(text)


# -- fever after travel, drinking well (UKHSA / Lalloo 2016: same-day malaria film; WHO 2009 dengue warning signs)
def test_fever_after_travel_drinking_well_is_urgent() -> None:
    assert _level("Back from Vietnam five days ago, fever of 38.9 for two days, aching behind the eyes, drinking"
                  " well, no vomiting, HR 90.") == "urgent"


@pytest.mark.parametrize("text", [
    "Back from Vietnam five days ago, fever of 38.9, drinking well but bad tummy pain since this morning",
    "Back from Vietnam five days ago, fever of 38.9, drinking well, now confused and muddled about the day",
    "Back from Vietnam five days ago, fever of 38.9, drinking well, gums bleeding when I brush",
    "Back from Vietnam five days ago, fever of 38.9, drinking fine, hands cold and clammy, vomited 4 times today",
])
def test_fever_after_travel_with_a_warning_sign_stays_emergent(text: str) -> None:
    _emergent(text)


# -- levels: cellulitis told of the limb's skin (NICE NG141: antibiotics the same day)
@pytest.mark.parametrize("text", [
    "Resident, 84, on insulin: her right shin has gone red, hot and swollen overnight, pulse 84, temp 37.6, eating.",
    "My thigh is hot, red and tender since Tuesday, no injury. I'm 40.",
])
def test_a_limb_red_hot_and_swollen_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


def test_a_bumped_forearm_red_and_warm_alone_is_routine() -> None:
    assert _level("my forearm is red and warm where I bumped it on the door, it's fine otherwise") == "routine"


# -- levels: a monkey's bite abroad told with a town before the country (UKHSA rabies PEP: same day)
def test_a_bite_abroad_with_the_town_named_first_is_urgent() -> None:
    assert _level("Writing from Hoi An, Vietnam: a stray cat scratched my son's arm this morning and drew blood. He"
                  " has not had the rabies jabs.") == "urgent"


# -- levels: a limb dead and floppy after being slept on, recovered (no drowsiness, no stroke sign)
def test_a_slept_on_arm_dead_and_floppy_then_recovered_is_routine() -> None:
    # (told as weakness of one hand, "my left hand dead and floppy", the stroke rule still reads one-sided weakness:
    # a pressure palsy is not told from a TIA by words here, left as it is)
    assert _level("Woke at 6 and couldn't feel my left hand at all, it was numb and floppy, I'd been lying on it all"
                  " night. Ten minutes of rubbing and pins and needles, now totally normal. Speech and face fine, I'm"
                  " 24.") == "routine"


@pytest.mark.parametrize("text", [
    "my baby (4 months) is floppy and not feeding",
    "woke up with my left arm weak and floppy and my face drooping on the left, I'm 67",
])
def test_a_floppy_baby_or_a_weak_arm_with_a_droop_stays_emergent(text: str) -> None:
    _emergent(text)
