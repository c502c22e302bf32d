"""Record of blind triage set 2 (src/medgate/safety/data/triage_blind2_*.yaml, issue 17).

Both files were written by a colleague who read only the first 30 lines of the two earlier blind
files (for the format), never the screen, and were scored once, as written, on 2026-12-01 with
the screen as of commit 828bf0d (`.venv/bin/python benchmarks/triage_eval.py --errors`):

    triage_blind2_clinical.yaml (50 vignettes, clinical language)
                              rules alone          rules + findings
      emergent -> emergent    10/22 = 0.45         18/22 = 0.82   (quiet: 3/6 and 5/6)
      non-emergent -> emerg.   0/14                 0/14
      self-care -> emergent    0/14                 0/14   (false alarms 0/28)
    triage_blind2_chat.yaml (60 messages, patient language)
      emergent -> emergent    14/30 = 0.47         21/30 = 0.70   (quiet: 7/17 and 10/17)
      urgent -> emergent       0/10                 0/10   (at least urgent: 3/10)
      look-alike -> emergent   2/20 = 0.10          2/20 = 0.10

First-sight figures: clinical recall meets the issue's 0.80 with 0 false alarms; chat recall
(0.70) misses its 0.80 for rules + findings; look-alike false alarms sit at the 0.10 limit. The
chat misses were plain emergencies in words the screen had no pattern for: a suicide plan told as
"pills lined up ... doing it tonight", a fit "going over 10 min", "coffee grounds" vomit with black
stools, DKA told by breath "like nail polish remover" and a meter's "HI", cauda equina as "can't
feel the toilet paper", pre-eclampsia as "sparkly lights" and swelling, an overdose "can't wake her
properly", carbon monoxide ("since we put the old boiler on"), angina called "indigestion".

General fixes followed (status epilepticus as a seizure of 5 minutes or more or one after another,
NICE NG217; a suicide plan with means and a time; haematemesis "brought up"; black sticky stools;
ketotic breath and a meter's HI; "can't wake her properly"; "is that an overdose?" as a question).
After them (not unseen figures): clinical 20/22 = 0.91 with 0/28 false alarms, chat 26/30 = 0.87
with look-alike alarms 1/20. The test below pins those floors; the first figures above stay the
honest ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind2_clinical.yaml", 0.90, 0.0, ("non-emergent", "self-care")),
    ("triage_blind2_chat.yaml", 0.86, 0.05, ("look-alike",)),
])
def test_blind2_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
