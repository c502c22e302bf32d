"""Record of blind triage set 22 (src/medgate/safety/data/triage_blind22_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read), at the same time as set 21, and kept outside the repository until set 21's general
fixes were merged; then scored once, as written, on 2026-12-02 with the screen as of commit 64c8d52
(`.venv/bin/python benchmarks/triage_eval.py --errors`). Recorded, not tuned:

    triage_blind22_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     3/10 = 0.30          8/10 = 0.80   (quiet: 3/9 and 7/9)
      urgent -> emergent       0/5                  1/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 1/15
    triage_blind22_clinical.yaml (45 vignettes)
      emergent -> emergent     6/15 = 0.40         15/15 = 1.00   (quiet: 5/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    1/15                 2/15   (false alarms 2/30 = 0.07)

Missed: a 16-year-old who swallowed "like 20 of the panadol 500s" this morning after a row, feels
fine and asks to keep an eye on her (10 g: TOXBASE's staggered/timed overdose line, an emergency
whatever she feels); a 19-year-old with fever, cold hands and feet, leg pains and purple dots that
do not fade under a glass, told half in Spanish (meningococcal septicaemia, NICE NG240). Alarms: a
9-day-old's periodic breathing, pauses of 5-6 s while pink and feeding well (normal); a postural
light-headedness for seconds after a hot bath in a well 16-year-old; a doubled levothyroxine dose.
Read one level up: an 82-year-old muddled for two days with strong urine and 37.8 °C, eating and
walking (labelled urgent: delirium with a likely UTI, same day, not an ambulance).
Round 23 (test_general_rules_23.py): vision greying for seconds on standing is postural (NICE CG109), so the
16-year-old after a hot bath is no longer an alarm: clinical 0/30 alarms (ceiling lowered).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind22_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind22_chat.yaml", 8 / 10, 1 / 15, ("look-alike",)),
])
def test_blind22_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
