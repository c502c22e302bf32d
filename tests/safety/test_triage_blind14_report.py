"""Record of blind triage set 14 (tests/safety/triage_blind14_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read), asked only to differ from set 13's writer in cases, ages, countries and styles; kept
outside the repository while set 13 was fixed, then scored once, as written, on 2026-12-02 with the
screen as of commit 470ab34 (set 13's general fixes merged) (`.venv/bin/python
benchmarks/triage_eval.py --errors`). This is the honest figure of the session:

    triage_blind14_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          7/10 = 0.70   (quiet: 3/9 and 6/9)
      urgent -> emergent       0/5                  1/5   (at least urgent: 3/5)
      look-alike -> emergent   2/15                 3/15 = 0.20
    triage_blind14_clinical.yaml (45 vignettes)
      emergent -> emergent     6/15 = 0.40         10/15 = 0.67   (quiet: 6/14 and 9/14)
      non-emergent -> emerg.   2/15                 3/15
      self-care -> emergent    0/15                 0/15   (false alarms 3/30 = 0.10)

Misses: an inferior MI in a 78-year-old told as "only gas" (jaw and shoulder pain, sweating,
pallor, BP 92/60, pulse 110); an ectopic told as "probably a cyst" (period late, one-sided pain,
shoulder-tip pain, near-faint); a stroke in a care home in Scots ("no making sense", can't hold a
cup in her right hand, mouth squint on one side); clinically placental abruption (urgent only), a
button battery swallowed by a well child, complete heart block on bisoprolol and donepezil (urgent
only), cauda equina, testicular torsion told as a stomach bug. False alarms: "am I having a stroke
lol" about a dead leg after sitting on the toilet, "overdosed" on ghost-pepper wings, a video game's
seizure warning; clinically pericarditis (widespread ST elevation with PR depression), a second
renal colic with normal observations, Bell's palsy with the forehead involved.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind14_clinical.yaml", 10 / 15, 3 / 30, ("non-emergent", "self-care")),
    ("triage_blind14_chat.yaml", 7 / 10, 3 / 15, ("look-alike",)),
])
def test_blind14_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
