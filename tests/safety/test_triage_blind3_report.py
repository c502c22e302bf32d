"""Record of blind triage set 3 (tests/safety/triage_blind3_*.yaml, issue 17).

Both files were written by a colleague who read only the first 30 lines of the second blind
files (for the format), never the screen, and were scored once, as written, on 2026-12-01 with
the screen as of commit 7c5d94b (`.venv/bin/python benchmarks/triage_eval.py --errors`):

    triage_blind3_clinical.yaml (45 vignettes, clinical language)
                              rules alone          rules + findings
      emergent -> emergent     6/15 = 0.40         12/15 = 0.80   (quiet: 4/12 and 9/12)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30)
    triage_blind3_chat.yaml (90 messages, patient language)
      emergent -> emergent    18/40 = 0.45         31/40 = 0.78   (quiet: 11/32 and 24/32)
      urgent -> emergent       0/20                 1/20   (at least urgent: 5/20)
      look-alike -> emergent   1/30 = 0.03          1/30 = 0.03

First-sight figures: clinical recall meets the issue's 0.80 with no false alarm; chat recall
(0.78, from 0.70 on set 2 and 0.65 on set 1) is still short of 0.80 for rules + findings;
look-alike alarms (0.03) are within 0.10. The misses: a head injury on warfarin with repeated
questions and vomiting; a child's asthma with recession, two or three words at a time and a
reliever "not helping"; "asthma attack, cant breathe" with the inhaler "nothing is working"; a
toddler's scald over chest and arm; a known aortic aneurysm with sudden back pain, grey and clammy
at 82/50; heat stroke; a child breathing fast an hour after near-drowning; an electric shock with
palpitations; an atypical coronary syndrome in a diabetic woman; (clinical) fever in a returned
traveller with drowsiness, a thunderclap headache, post-partum pre-eclampsia at 168/112. The one
false alarm: "hay fever ... which antihistamine doesnt make you drowsy".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import level_of, load_level_vignettes, score_levels

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind3_clinical.yaml", 0.80, 0.0, ("non-emergent", "self-care")),
    ("triage_blind3_chat.yaml", 0.775, 0.04, ("look-alike",)),
])
def test_blind3_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    report = score_levels(load_level_vignettes(HERE / name), level_of())
    assert report.rate("emergent") >= recall_floor, report.errors
    assert report.false_alarm_rate(calm_groups) <= alarm_ceiling, report.errors
