"""Record of blind triage set 17 (tests/safety/triage_blind17_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read), at the same time as set 18 (held back); scored once, as written, on 2026-12-02 with the
screen as of commit b520a74 (sets 15 and 16's general fixes merged) (`.venv/bin/python
benchmarks/triage_eval.py --errors`), before any change for it:

    triage_blind17_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     3/10 = 0.30          8/10 = 0.80   (quiet: 3/9 and 7/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind17_clinical.yaml (45 vignettes)
      emergent -> emergent     7/15 = 0.47         12/15 = 0.80   (quiet: 6/14 and 11/14)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    0/15                 1/15   (false alarms 2/30 = 0.07)

Misses: a stroke told as words "coming out all jumbled", the mouth "hanging a bit lower" on one
side and a cup fumbled in one hand (FAST); a staggered-looking paracetamol overdose of about
20 x 500 mg in a 52 kg girl, "nearly 24 hours and nothing's happened" (TOXBASE: > 150 mg/kg);
clinically severe pre-eclampsia (BP 158/106 with 2+ protein, headache, sparkly lights, right upper
quadrant pain), cauda equina (straining to pass urine, toilet paper "feels odd", reduced perineal
pinprick), and acute angle-closure glaucoma (urgent only). False alarms: clinically a transient
synovitis of the hip after a cold in a well 5-year-old, and 4 days of constipation on co-codamol
with a soft abdomen in an 88-year-old.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind17_clinical.yaml", 12 / 15, 2 / 30, ("non-emergent", "self-care")),
    ("triage_blind17_chat.yaml", 8 / 10, 0 / 15, ("look-alike",)),
])
def test_blind17_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
