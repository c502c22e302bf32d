"""General rules for what blind triage set 50 showed (first score in test_triage_blind50_report.py),
each written here in other words than the set uses: the miss that must now be emergent, the look-alike
alarms that must now be calm, and the near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level


# -- a leg with a DVT sign and now breathless or with a fast pulse: suspected PE (NICE NG158); the
#    swelling told after another sign ("sore and a little swollen"), "out of puff" as breathlessness
@pytest.mark.parametrize("text", [
    "Got off a 14 hour flight from Singapore four days ago. My right calf went hard and quite swollen on Monday"
    " and today I'm out of puff climbing one flight of stairs.",
    "Since the coach trip back from Spain my left leg is sore and a little swollen. Fitbit shows my pulse at"
    " 118 sitting on the sofa.",
    "right calf feels firm and slightly swollen since the long drive home, now out of puff doing nothing much",
])
def test_a_dvt_sign_with_breathlessness_or_a_fast_pulse_is_emergent(text: str) -> None:
    _emergent(text)


def test_a_clot_after_a_birth_still_fires() -> None:
    _emergent("Had my baby by c-section ten days ago, my left calf is tender and swollen and I get out of puff"
              " walking to the bathroom")


@pytest.mark.parametrize("text", [
    "both my calves are a bit tight and swollen after standing all day at work, fine by morning",
    "I'm out of puff after my first spin class in years, is that normal?",
    "Grandad's right shin has turned red, hot and swollen over two days, temp 37.9, eating and chatting fine",
])
def test_leg_and_breath_near_misses_stay_calm(text: str) -> None:
    _calm(text)


# -- reflux: heartburn after food or lying flat, settled by antacids, with exertion told as free of it
#    (NICE CKS dyspepsia; NICE CG95: pain unrelated to exertion is not typical angina)
@pytest.mark.parametrize("text", [
    "I get a burning feeling behind my sternum after curry nights, worse when I lie down, Rennie fixes it in"
    " minutes. Never when I'm jogging, I run 10k on Sundays.",
    "41F, 3 months of retrosternal burning after large evening meals and when lying flat, with regurgitation;"
    " relieved by Gaviscon. Nothing on exertion, swims twice weekly.",
    "burning in the middle of my chest after pizza, never when she's exercising, settles with antacid",
])
def test_reflux_with_exertion_denied_stays_calm(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "burning behind my breastbone after meals but today it came on while running and I'm sweating",
    "Chest tightness when I'm jogging, thought it was heartburn, still there after 20 minutes of rest",
    "58M, retrosternal burning at rest for 40 minutes, clammy, antacids not helping",
])
def test_chest_pain_with_exertion_sweat_or_rest_pain_still_fires(text: str) -> None:
    _emergent(text)


# -- stable angina: weeks of exertional tightness easing within minutes of rest (a dash-typed range of
#    minutes read), never at rest, pattern unchanged: a rapid-access chest pain clinic (NICE CG95), not 999
@pytest.mark.parametrize("text", [
    "70F, two months of chest heaviness climbing hills, easing within 1–2 minutes of stopping. Never at rest,"
    " pattern unchanged. ECG at rest normal.",
    "58M, ex-smoker, tightness in the chest walking up hills, goes off within 3—5 minutes of stopping,"
    " pattern stable over a month, never at rest.",
])
def test_stable_exertional_angina_is_not_emergent(text: str) -> None:
    _calm(text)


@pytest.mark.parametrize("text", [
    "66M, chest tightness walking uphill for a month, easing within 2–3 minutes of stopping, but now coming"
    " more often and with less effort",
    "chest heaviness climbing stairs that settles within 2–3 minutes of rest, but last night it came on while"
    " sitting watching TV and lasted 25 minutes",
    "chest tightness on exertion easing within 1–2 minutes of rest; this morning it came on at rest with"
    " sweating",
])
def test_unstable_angina_still_fires(text: str) -> None:
    _emergent(text)


# -- a quinsy that swallows and breathes well: same-day ENT (NICE CKS sore throat), its fever and a pulse
#    of 91-130 a moderate-risk criterion (NICE NG51), not the ambulance
@pytest.mark.parametrize("text", [
    "31M, five days of a right-sided sore throat getting worse, voice now muffled, can open his jaw only two"
    " fingers, uvula deviated to the left. T 38.6, HR 108. Swallowing his saliva, breathing comfortably.",
    "Sore throat 5 days, one side much worse, hot potato voice, trismus. Temp 38.4, HR 104. No drooling,"
    " managing fluids, breathing normally.",
])
def test_a_quinsy_that_swallows_and_breathes_is_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "29F, 5 days of a left-sided sore throat, muffled voice, trismus, drooling saliva into a cup, T 38.7, HR 112.",
    "Sore throat on one side, muffled voice, trismus, T 38.4, HR 106, managing sips but stridor at rest.",
    "Sore throat on one side, muffled voice, trismus, T 38.4, HR 106, managing sips, no drooling, breathing"
    " with difficulty.",
    "Sore throat on one side, muffled voice, trismus, T 38.4, HR 106, not managing fluids, breathing comfortably.",
    "Pyelonephritis, T 38.9, HR 118, managing fluids.",
])
def test_a_quinsy_with_an_airway_sign_or_poor_intake_still_fires(text: str) -> None:
    _emergent(text)
