"""Record of blind triage set 24 (tests/safety/triage_blind24_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read), at the same time as set 23, and kept outside the repository until set 23's general
fixes were merged; then scored once, as written, on 2026-12-02 with the screen as of commit 914479c
(`.venv/bin/python benchmarks/triage_eval.py --errors`). Recorded before any change for it:

    triage_blind24_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          8/10 = 0.80   (quiet: 3/9 and 7/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 4/5)
      look-alike -> emergent   0/15                 1/15
    triage_blind24_clinical.yaml (45 vignettes)
      emergent -> emergent     4/15 = 0.27         14/15 = 0.93   (quiet: 3/14 and 13/14)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    0/15                 0/15   (false alarms 1/30 = 0.03)

Missed: a 56-year-old with an hour of "heavy indigestion" that came on carrying a load, sweaty and
clammy, a left arm "like lead", looking grey, antacids no help (acute coronary syndrome: NICE CG95);
an ectopic pregnancy told half in Spanish (six weeks late, positive test, severe one-sided lower
pain, shoulder-tip pain, near-faint on the toilet, some bleeding); read urgent, not emergent:
recurrent exertional greying out with a fall, pulse 34 and BP 96/54 on bisoprolol (symptomatic
bradycardia, complete heart block until proven otherwise). Alarm: blue lips and tongue from a
blue-raspberry slushie in a running, shrieking toddler with pink fingers and cheeks. Read one level
up: a 14-month-old with a cold, 38.9 °C, RR 46, mild recession, taking half her feeds (labelled
urgent: NICE NG143 amber, bronchiolitis NG9 same day). Under-called: an infected dog bite (urgent),
a skin flap on clopidogrel that stopped bleeding (urgent). Read one level up: an incidental
irregular pulse with no symptoms, sticky eyes without photophobia (routine).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind24_clinical.yaml", 14 / 15, 1 / 30, ("non-emergent", "self-care")),
    ("triage_blind24_chat.yaml", 8 / 10, 1 / 15, ("look-alike",)),
])
def test_blind24_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
