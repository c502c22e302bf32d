"""Record of blind triage set 18 (tests/safety/triage_blind18_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read) at the same time as set 17, asked only to differ from the other writer in cases, ages,
countries and styles; kept outside the repository while sets 15-17 were fixed, then scored once,
as written, on 2026-12-02 with the screen as of commit 7fdbd03 (set 17's general fixes merged)
(`.venv/bin/python benchmarks/triage_eval.py --errors`). This is the honest figure of the session's
second round:

    triage_blind18_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          9/10 = 0.90   (quiet: 3/9 and 8/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 4/5)
      look-alike -> emergent   2/15                 4/15 = 0.27
    triage_blind18_clinical.yaml (45 vignettes)
      emergent -> emergent     6/15 = 0.40         14/15 = 0.93   (quiet: 5/13 and 12/13)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    0/15                 0/15   (false alarms 1/30 = 0.03)

Misses: a stroke in Indian English ("his mouth is going to one side", "words are coming all mixed
up like khichdi", the right hand "not able to hold the glass properly"); clinically a disc battery
seen in a 3-year-old's mouth from the kitchen scales that "cannot now be found anywhere". False
alarms: 37.4 C under the arm in a well 6-week-old ("Is that a fever? Everyone keeps saying a fever
in little babies is serious"); "i literally want to die" about a voice note sent to the family
group; a school form asking whether a child "ever had a seizure or fit" (one febrile seizure at 18
months); a faint at a blood test with "unconscious for a few seconds", recovered; clinically
incomplete Kawasaki disease (5 days of fever, red cracked lips, conjunctivitis: urgent).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind18_clinical.yaml", 14 / 15, 1 / 30, ("non-emergent", "self-care")),
    ("triage_blind18_chat.yaml", 9 / 10, 4 / 15, ("look-alike",)),
])
def test_blind18_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
