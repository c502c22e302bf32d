"""General rules for what blind triage set 69 showed (first score in test_triage_blind69_report.py), each
written here in other words than the set uses: a paracetamol brand sold abroad (Panado in South Africa, Panamax
in Australia) counted in strips or tablets; tablets swallowed with a wish, told in the past, not to wake up; an
opioid overdose told by a shade of blue on the lips ("greyish blue") or by someone roused by shaking only to a
groan; daily heavy drinking stopped days ago, then a seizure, hallucinations or confusion (alcohol
withdrawal, delirium tremens); and feet cold, pale and mottled after days in wet shoes with their pulses felt
(trench foot: urgent, not an ischaemic limb). Each with the near misses that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of
from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent


# -- a paracetamol brand sold abroad, counted (TOXBASE: 10 x 500 mg is over 75 mg/kg below 66 kg)
@pytest.mark.parametrize("text", [
    "my sister swallowed three strips of Panado with her sister's pills, about 25 tablets, she weighs 48 kg",
    "Took nearly 20 Panamax tablets about an hour ago and my stomach feels off",
])
def test_a_foreign_paracetamol_brand_counted_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "Took 2 Panado for a tension headache, is it safe to take another two tonight?",
    "how many Panamax can a 70 kg adult take in a day for back pain?",
])
def test_a_foreign_paracetamol_brand_at_a_dose_is_calm(text: str) -> None:
    _calm(text)


# -- tablets swallowed with a wish not to wake up (NICE CKS / TOXBASE: an intentional overdose)
@pytest.mark.parametrize("text", [
    "Earlier this evening I took a whole box of my sleeping tablets and a few of my gran's. I didn't want to wake"
    " up, now I'm scared",
    "swallowed the rest of the pills in the cupboard after dinner, I did not want to wake up but now I feel sick",
])
def test_tablets_with_a_wish_not_to_wake_up_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I took my usual two tablets and went to bed, didn't want to wake up at 6 for work",
    "Took 2 paracetamol for a headache last night and slept so well I didn't want to wake up this morning",
])
def test_a_lie_in_after_a_normal_dose_is_calm(text: str) -> None:
    _calm(text)


# -- an opioid taken, then a shade of blue on the lips or roused only to a groan (UK naloxone guidance)
@pytest.mark.parametrize("text", [
    "my flatmate smoked some heroin in the toilets, now his lips have gone a greyish-blue and he's breathing slow",
    "my cousin took heroin an hour ago, she's slumped on the sofa, I shook her and she only moans",
])
def test_an_opioid_with_grey_blue_lips_or_a_groan_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "my dad is asleep after his night shift, I shook him and he just groans and rolls over",
    "her lips are a greyish pink from the lipstick she tried, otherwise fine",
])
def test_a_groan_from_sleep_or_a_lipstick_shade_is_calm(text: str) -> None:
    _calm(text)


# -- daily heavy drinking stopped days ago, then a seizure or delirium (NICE CG100 1.1.1-1.1.2)
@pytest.mark.parametrize("text", [
    "My brother drinks a litre of cider every day and stopped two days ago when he got skint, tonight he had a fit"
    " lasting a minute",
    "My dad drinks whisky daily, he gave up drinking on Monday and now he's sweating and says there are spiders"
    " crawling on the ceiling",
])
def test_alcohol_withdrawal_with_a_fit_or_hallucinations_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I drink wine every day and stopped 3 days ago for dry January, a bit shaky and sweaty and not sleeping well",
    "I used to drink beer every day but stopped drinking two years ago, no problems since, just want a liver check",
])
def test_mild_withdrawal_or_an_old_stop_is_calm(text: str) -> None:
    _calm(text)


# -- trench foot: cold, pale, mottled feet after days wet, pulses felt (NICE CKS non-freezing cold injury: urgent)
_level = level_of()


@pytest.mark.parametrize("text", [
    "A 51-year-old woman living in a tent through a wet week has swollen, mottled, painful feet after days in soaked"
    " boots; the feet are cold and pale, there is no blackened skin, and foot pulses are palpable.",
    "Street outreach: 29-year-old man, wet socks for four days, feet numb, swollen and blotchy, no blisters, and the"
    " pedal pulses are present.",
])
def test_trench_foot_with_pulses_is_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    "A 67-year-old man with atrial fibrillation has a suddenly cold, pale and painful left leg for a week; pedal"
    " pulses are absent.",
    "My leg went suddenly cold and white and really painful an hour ago, foot pulses are present but weak",
])
def test_a_pulseless_or_sudden_cold_limb_stays_emergent(text: str) -> None:
    _emergent(text)
