"""Record of blind triage set 13 (tests/safety/triage_blind13_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read), aiming at quiet emergencies that play themselves down (a stroke told as "let him nap?",
an ectopic told as "normal early pregnancy stuff?", a heart attack as "gas only" with a pulse of 48)
and look-alikes that share words with emergencies; scored once, as written, on 2026-12-02 with the
screen as of commit 5b49d6f (`.venv/bin/python benchmarks/triage_eval.py --errors`):

    triage_blind13_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          9/10 = 0.90   (quiet: 4/9 and 8/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 4/5)
      look-alike -> emergent   2/15                 3/15 = 0.20
    triage_blind13_clinical.yaml (45 vignettes)
      emergent -> emergent     7/15 = 0.47         14/15 = 0.93   (quiet: 5/13 and 12/13)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    1/15                 2/15   (false alarms 3/30 = 0.10)

The first blind set on which rules and findings alone met the clinical bar on first sight (sets 11
and 12 a session earlier: 0.67 and 0.60). Misses: a quiet suicide note (a pet rehomed, letters
written, tablets saved, "tonight feels like the right time"); a thunderclap headache told as being
struck on the back of the head while lifting, with vomiting, photophobia and a stiff neck. False
alarms: a lopsided smile after a dental block, a known epileptic's usual one-minute seizure with a
care plan, a faint at venepuncture; clinically Bell's palsy with the forehead involved, a teething
baby, and numbness after sleeping on an arm.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind13_clinical.yaml", 14 / 15, 3 / 30, ("non-emergent", "self-care")),
    ("triage_blind13_chat.yaml", 9 / 10, 3 / 15, ("look-alike",)),
])
def test_blind13_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
