"""Record of blind triage set 21 (tests/safety/triage_blind21_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read), at the same time as set 22 (held back); scored once, as written, on 2026-12-02 with the
screen as of commit 392b796 (set 19's general fixes merged) (`.venv/bin/python
benchmarks/triage_eval.py --errors`), before any change for it:

    triage_blind21_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     7/10 = 0.70         10/10 = 1.00   (quiet: 7/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 4/5)
      look-alike -> emergent   1/15                 2/15
    triage_blind21_clinical.yaml (45 vignettes)
      emergent -> emergent     5/15 = 0.33         12/15 = 0.80   (quiet: 5/14 and 12/14)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    0/15                 0/15   (false alarms 1/30 = 0.03)

Misses: a bereaved man who has bought a rope, written letters to his children and intends to end
his life at the weekend, and declines help today (a plan, means and timing: NICE NG225, emergency);
an atypical myocardial infarction in a woman with diabetes (upper abdominal and interscapular ache,
clamminess, HR 48, BP 94/60); a thunderclap headache at full intensity within seconds while lifting,
with vomiting, neck stiffness and photophobia (subarachnoid haemorrhage until proven otherwise).
False alarms: a heart rate of 172 during an interval run in a well 30-year-old with normal resting
observations; 2 g of paracetamol in a day in a 70 kg adult called an "overdose" jokingly (well under
any toxic line); passive thoughts of not waking up with no plan or intent and protective factors
(labelled urgent). Under-called, not unsafe: a gaping finger laceration needing closure, UTI in
pregnancy, controlled renal colic, INR 4.4 without bleeding (urgent, read routine).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind21_clinical.yaml", 12 / 15, 1 / 30, ("non-emergent", "self-care")),
    ("triage_blind21_chat.yaml", 10 / 10, 2 / 15, ("look-alike",)),
])
def test_blind21_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
