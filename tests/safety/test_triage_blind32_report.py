"""Record of blind triage set 32 (tests/safety/triage_blind32_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read) plus a line of emphasis: emergencies told through findings and course rather than alarm
words (numbers read off a home thermometer, oximeter, BP cuff, glucose meter or smart watch told
flatly; timelines worsening over hours or days; a child or elderly person whose behaviour changed;
symptoms after a procedure, a new medicine, a bite, a fall or travel), people writing for someone
else or in a second language; clinical vignettes in a triage nurse's or GP's terse record style;
look-alikes with readings alarming out of context but safe in it (an athlete's pulse, a known
baseline, a device error rechecked, a treated fever settling), past events, risk questions, health
anxiety. Written at the start of the seventh session and scored once, as written, on 2026-12-02 with
the screen as of commit 303e11e (`.venv/bin/python benchmarks/triage_eval.py --errors --rounds 1`).
Recorded, not tuned:

    triage_blind32_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          8/10 = 0.80   (quiet: 3/9 and 7/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15 = 0.00
    triage_blind32_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     9/15 = 0.60         15/15 = 1.00   (quiet: 8/14 and 14/14)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    0/15                 0/15   (false alarms 1/30 = 0.03)

At the chat bar (rules and findings alone >= 0.80), clinical above it. Missed (chat, both read
urgent): a 74-year-old a week into digoxin whose watch shows a pulse of 38, with nausea, yellow-tinged
vision and near-fainting on the stairs (digoxin toxicity with symptomatic bradycardia); five days
after a laparoscopic cholecystectomy a swelling, tender abdomen all over, 38.6, resting pulse 118
against a usual 62, dark urine (a post-operative leak or peritonitis with sepsis). Clinical false
alarm: a 7-year-old's exudative tonsillitis, alert and drinking, T 38.3 and HR 112 (read emergent);
level errors: six months of unchanged exertional angina with a normal ECG (routine, read urgent), a
sudden one-sided hearing loss with Weber lateralising away from it (sudden sensorineural hearing
loss, urgent: read routine).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind32_clinical.yaml", 15 / 15, 1 / 30, ("non-emergent", "self-care")),
    ("triage_blind32_chat.yaml", 8 / 10, 0 / 15, ("look-alike",)),
])
def test_blind32_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
