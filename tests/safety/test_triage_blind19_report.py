"""Record of blind triage set 19 (tests/safety/triage_blind19_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read), at the same time as set 20 (held back); scored once, as written, on 2026-12-02 with the
screen as of commit 9ffec2e (sets 15-18's general fixes merged) (`.venv/bin/python
benchmarks/triage_eval.py --errors`), before any change for it:

    triage_blind19_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50         10/10 = 1.00   (quiet: 4/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 4/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind19_clinical.yaml (45 vignettes)
      emergent -> emergent     5/15 = 0.33         15/15 = 1.00   (quiet: 3/13 and 13/13)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    2/15                 2/15   (false alarms 3/30 = 0.10)

No emergency missed. False alarms: a transient ischaemic attack that cleared four days ago, seen
by the GP with a normal examination (labelled urgent: NICE NG128 asks for specialist assessment
within 24 hours of a TIA, not an ambulance, once it is over); chest-wall pain reproduced exactly by
pressing between two ribs after carrying a sofa, with normal observations and ECG; an extra 400 mg
ibuprofen tablet, 2 g in the day in a 70 kg adult (about 29 mg/kg: TOXBASE's threshold for
ibuprofen is 100 mg/kg). Under-called, not unsafe: an 18-month-old with three days of 102.5 °F
and fewer wet nappies (urgent, read routine).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind19_clinical.yaml", 15 / 15, 3 / 30, ("non-emergent", "self-care")),
    ("triage_blind19_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind19_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
