"""Record of blind triage set 20 (src/medgate/safety/data/triage_blind20_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read), at the same time as set 19, and kept outside the repository until set 19's general
fixes were merged; then scored once, as written, on 2026-12-02 with the screen as of commit 8c3058e
(`.venv/bin/python benchmarks/triage_eval.py --errors`). Recorded, not tuned:

    triage_blind20_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     6/10 = 0.60         10/10 = 1.00   (quiet: 6/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind20_clinical.yaml (45 vignettes)
      emergent -> emergent     6/15 = 0.40         14/15 = 0.93   (quiet: 5/14 and 13/14)
      non-emergent -> emerg.   0/15                 1/15
      self-care -> emergent    0/15                 0/15   (false alarms 1/30 = 0.03)

Missed: a 6-week-old vomiting green fluid three times, drawing his legs up and crying in bouts,
his tummy fuller than usual (bilious vomiting in an infant is malrotation with volvulus until proven
otherwise: NICE CKS / RCPCH, an emergency). False alarm: a swollen, painful calf 3 cm larger after
a long flight with normal observations and no chest symptoms (labelled urgent: NICE NG158 asks for
a same-day Wells score and scan, not an ambulance). Under-called, not unsafe: a fluctuant buttock
abscess and a sudden one-sided hearing loss (urgent, read routine); read one level up: urticaria
after a new detergent with no airway signs (routine, read urgent).
Round 23 (test_general_rules_23.py): "previously feeding well" no longer dates the 6-week-old's green vomiting as
past, so clinical reads 15/15 (floor raised).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind20_clinical.yaml", 15 / 15, 1 / 30, ("non-emergent", "self-care")),
    ("triage_blind20_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind20_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
