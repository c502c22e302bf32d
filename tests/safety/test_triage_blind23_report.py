"""Record of blind triage set 23 (tests/safety/triage_blind23_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read), at the same time as set 24 (held back); scored once, as written, on 2026-12-02 with the
screen as of commit 9773e62 (set 21's general fixes merged) (`.venv/bin/python
benchmarks/triage_eval.py --errors`), before any change for it:

    triage_blind23_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50          9/10 = 0.90   (quiet: 5/9 and 8/9)
      urgent -> emergent       1/5                  1/5   (at least urgent: 5/5)
      look-alike -> emergent   3/15                 4/15
    triage_blind23_clinical.yaml (45 vignettes)
      emergent -> emergent     7/15 = 0.47         15/15 = 1.00   (quiet: 6/14 and 14/14)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    0/15                 1/15   (false alarms 2/30 = 0.07)

Missed: a 14-year-old with sudden testicular pain, vomiting, the testis lying higher and swollen,
told half in Spanish (torsion: NICE CKS, an emergency). Alarms: "I think I'm having a stroke" about
an eyelid twitch with a normal face, speech and arms; a child's nosebleed that stopped with
pressure; a vasovagal faint at a school vaccination with full recovery; pink blood in a 5-day-old
girl's nappy (withdrawal bleeding from maternal hormones); moderate asthma, peak flow 67 % of best,
full sentences (labelled urgent: BTS/SIGN moderate, same day); stable exertional angina relieved by
rest, resting ECG normal (labelled urgent: NICE CG95 rapid-access chest pain clinic); a well
4-year-old's forehead bump an hour ago (self-care, NICE NG232 no CT criteria).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind23_clinical.yaml", 15 / 15, 2 / 30, ("non-emergent", "self-care")),
    ("triage_blind23_chat.yaml", 9 / 10, 4 / 15, ("look-alike",)),
])
def test_blind23_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
