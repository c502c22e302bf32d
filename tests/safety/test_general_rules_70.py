"""General rules for what blind triage set 70 showed (first score in test_triage_blind70_report.py), each
written here in other words than the set uses: a hypo told by its signs, with no reading, in someone on
insulin or a sulfonylurea (type 1 diabetes, gliclazide): drowsiness, "talking complete nonsense", or kept
awake only with effort ("we can hardly keep her awake", "struggling to keep him up"). Each with the near
misses that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent


# -- a hypo told by its signs on insulin or a sulfonylurea (Diabetes UK / NICE CKS hypoglycaemia: drowsy or
#    confused on insulin is a severe hypo until a glucose says otherwise)
@pytest.mark.parametrize("text", [
    "my sister has type 1 diabetes, skipped dinner after the gym and now she's clammy and we can hardly keep"
    " her awake, should we just let her nap?",
    "Grandad is on gliclazide, barely ate today and this evening he is very drowsy and sweating",
    "my boyfriend uses insulin, came home from the pub, talking complete nonsense and shaking, letting him"
    " sleep it off",
    "we're struggling to keep him awake, he's a T1D and missed his lunch",
])
def test_a_hypo_told_by_its_signs_on_insulin_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # shaky and sweaty before a meal on insulin, alert: a mild hypo treated at home
    "I'm on insulin and felt a bit shaky and sweaty before dinner, had some jelly babies and feel fine",
    # drowsy on metformin alone after a night shift: no hypo drug
    "type 2 diabetic on metformin only, a bit drowsy after my night shifts this week",
    # kept awake on purpose, nobody ill
    "we tried to keep her up past midnight for the fireworks, she's 6 and type 1, all fine",
    # talking rubbish as a figure of speech, no diabetes
    "my coworker is always talking complete rubbish about football in the break room",
])
def test_alert_on_insulin_or_no_hypo_drug_is_calm(text: str) -> None:
    _calm(text)
