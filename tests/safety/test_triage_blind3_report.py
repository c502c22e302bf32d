"""Record of blind triage set 3 (src/medgate/safety/data/triage_blind3_*.yaml, issue 17).

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

General fixes followed, each a published rule or a parsing defect rather than the set's words: a
reading's "last year" only in its own sentence (82/50 had been taken as a past value); a reading
that starts in its window may run past it; "stopped" negates only its clause; ", with" ends a
negation; head strikes with more words between and repeated questions (NICE NG232); a reliever
failing or needed every few minutes, "only get 2 or 3 words out", chest indrawing (BTS/SIGN 158);
a sudden headache with vomiting or neck stiffness (NICE CG150); post-natal pre-eclampsia (NICE
NG133); heavy ache across the back or shoulders with sweating and nausea (AHA/ACC 2021); burns,
electric shocks and submersions (NHS, RCUK; findings/injuries.py); hay and yellow fever are not
fevers; a medicine's "make you drowsy" is not a symptom. After them (not unseen figures any
more): clinical 15/15 with 0/30 false alarms, chat 40/40 with 0/30 look-alike alarms; the first
figures above stay the honest ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind3_clinical.yaml", 1.0, 0.0, ("non-emergent", "self-care")),
    ("triage_blind3_chat.yaml", 0.975, 0.034, ("look-alike",)),
])
def test_blind3_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
