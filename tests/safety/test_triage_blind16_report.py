"""Record of blind triage set 16 (tests/safety/triage_blind16_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read) at the same time as set 15, asked only to differ from the other writer in cases, ages,
countries and styles; kept outside the repository while set 15 was fixed, then scored once, as
written, on 2026-12-02 with the screen as of commit 5f7e78f (set 15's general fixes merged)
(`.venv/bin/python benchmarks/triage_eval.py --errors`). This is the honest figure of the session:

    triage_blind16_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          9/10 = 0.90   (quiet: 4/9 and 8/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 3/5)
      look-alike -> emergent   2/15                 2/15 = 0.13
    triage_blind16_clinical.yaml (45 vignettes)
      emergent -> emergent     4/15 = 0.27         14/15 = 0.93   (quiet: 3/14 and 13/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30)

Misses: a 58-year-old with diabetes and hypertension, 40 minutes of "heavy pressure feeling in the
middle of breastbone, going to left arm and jaw" and sweating, asking which antacid to take before
sleeping; clinically a man who has written letters to his children, saved up co-codamol and worked
out when his flat will be empty. False alarms: chest pain after bench press, sharp on twisting and
on pressing the muscle (musculoskeletal); a foot numb for 5 minutes after sitting cross-legged,
now normal. Urgent and routine labels missed: cellulitis drawn round and growing at 99.9 F in a
diabetic; a bead up a toddler's nostril; clinically a settled renal colic, an ankle meeting the
Ottawa rules, sudden sensorineural hearing loss, spreading cellulitis at 37.6 C, mild croup (urgent
labels read routine); a sore throat without cough (FeverPAIN), type 1 diabetes at 14-16 mmol/L with
ketones 0.3, bacterial conjunctivitis (routine labels read urgent).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind16_clinical.yaml", 14 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind16_chat.yaml", 9 / 10, 2 / 15, ("look-alike",)),
])
def test_blind16_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
