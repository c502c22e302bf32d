"""Record of blind triage set 15 (tests/safety/triage_blind15_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read), at the same time as set 16 (held back); scored once, as written, on 2026-12-02 with the
screen as of commit 9eb299b, the last commit of the previous stop (`.venv/bin/python
benchmarks/triage_eval.py --errors`), before any change:

    triage_blind15_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          7/10 = 0.70   (quiet: 4/9 and 6/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 2/5)
      look-alike -> emergent   1/15                 2/15 = 0.13
    triage_blind15_clinical.yaml (45 vignettes)
      emergent -> emergent     5/15 = 0.33         13/15 = 0.87   (quiet: 4/14 and 12/14)
      non-emergent -> emerg.   1/15                 2/15
      self-care -> emergent    0/15                 0/15   (false alarms 2/30 = 0.07)

Misses: a 3-week-old with 100.6 °F rectal, sleepy and feeding a third of her usual (NICE NG143:
any fever under 3 months is red); a calm question about 60 sertraline with sleeping tablets after
"written to everyone" and the cat rehomed; an ectopic told as an Advil question (late period,
one-sided pain, nearly passed out, shoulder-tip pain); clinically a coin battery missing from a
TV remote with drooling, and sudden painless loss of vision in one eye on waking (central retinal
artery occlusion). False alarms: "could it be a seizure?" about an eyelid twitch, "overdosed on
vitamin c"; clinically bronchiolitis at RR 46 with SpO2 96% (amber, not red) and Bell's palsy with
the forehead involved told as "cannot wrinkle the right side of her forehead".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind15_clinical.yaml", 13 / 15, 2 / 30, ("non-emergent", "self-care")),
    ("triage_blind15_chat.yaml", 7 / 10, 2 / 15, ("look-alike",)),
])
def test_blind15_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
