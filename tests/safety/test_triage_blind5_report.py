"""Record of blind triage set 5 (src/medgate/safety/data/triage_blind5_*.yaml, issue 17).

Written by a colleague who read only the first 30 lines of one earlier file (for the format),
never the screen, and scored once, as written, on 2026-12-01 with the screen as of commit
16da66b — after all of the day's general fixes for sets 3 and 4
(`.venv/bin/python benchmarks/triage_eval.py --errors`):

    triage_blind5_chat.yaml (80 messages; 27 of the 35 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent    12/35 = 0.34         24/35 = 0.69   (quiet: 8/27 and 17/27)
      urgent -> emergent       1/15                 3/15   (at least urgent: 7/15)
      look-alike -> emergent   2/30 = 0.07          2/30 = 0.07
    triage_blind5_clinical.yaml (40 vignettes)
      emergent -> emergent     3/14 = 0.21         11/14 = 0.79   (quiet: 1/10 and 7/10)
      non-emergent -> emerg.   1/13                 4/13
      self-care -> emergent    0/13                 0/13   (false alarms 4/26 = 0.15)

The honest figure for the rules and findings layers on new text: chat recall 0.69 and clinical
0.79 on first sight after a day of general fixes (sets 3 and 4 had given 0.78/0.80 and
0.64/0.56), short of the issue's 0.80, with clinical false alarms at its 0.15 limit. The misses are
again presentations without a rule (missed dialysis with hyperkalaemia, a cord prolapse, HUS,
mesenteric ischaemia, heat stroke in a second language, snake bite, a newborn's green vomit in
five words, "wife collapsed not breathing right"), and the false alarms are over-triage of
heart failure, hyperemesis, renal colic and moderate asthma.

General fixes followed (published rules and parsing defects): a word gap stays in its sentence; urine
dipstick ketones are not mmol/L and ketones need diabetes; NEWS2 thresholds are not a child's; role
play and exam questions are hypothetical; heat stroke, snake bite, collapse with abnormal breathing,
cord prolapse, missed dialysis with hyperkalaemia symptoms, mesenteric ischaemia with AF, petechiae
as pinpoint spots, post-partum haemorrhage by pads per half hour, a belly that thumps, bright green
vomit, a child chewing tablets. After them (not unseen): chat 34/35, clinical 14/14 with 1/26 false
alarms, no look-alike alarm. The first figures above stay the honest ones.
Round 23 (test_general_rules_23.py): the Creole "mi 32 weeks" is a gestation, so the board-hard belly is read as
abruption and chat reads 35/35 (floor raised).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind5_clinical.yaml", 1.0, 0.04, ("non-emergent", "self-care")),
    ("triage_blind5_chat.yaml", 35 / 35, 0.0, ("look-alike",)),
])
def test_blind5_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
