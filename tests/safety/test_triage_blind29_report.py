"""Record of blind triage set 29 (tests/safety/triage_blind29_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read) plus one line of emphasis: emergencies told through their course and numbers rather than
a named condition (worse over hours or days, home readings from a BP cuff, oximeter, glucometer or
thermometer, a baby's feeds and nappies counted, a pregnant woman's movements, a medicine taken and
what followed), look-alikes whose numbers or words look worrying but are safe, and non-native English
or mixed languages in several messages. Written at the same time as set 30 (kept outside the
repository until this set's fixes are merged). Scored once, as written, on 2026-12-02 with the screen
as of commit b4fcfd9 (`.venv/bin/python benchmarks/triage_eval.py --errors`). Recorded, not tuned:

    triage_blind29_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          7/10 = 0.70   (quiet: 4/9 and 6/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 3/5)
      look-alike -> emergent   0/15                 0/15 = 0.00
    triage_blind29_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     6/15 = 0.40         14/15 = 0.93   (quiet: 5/13 and 12/13)
      non-emergent -> emerg.   1/15                 2/15
      self-care -> emergent    1/15                 1/15   (false alarms 3/30 = 0.10)

Missed: no fetal movement since 2 pm at 35 weeks after a normally active baby (reduced fetal
movements: same-day maternity assessment at once, RCOG GTG 57); 8 days after a caesarean, a headache
paracetamol does not touch, zigzag lights and a home BP of 164/112 then 168/110 (postpartum
pre-eclampsia); about 20 paracetamol 500 mg over an evening two days ago in a 52 kg woman, vomiting,
now a dull ache under the right ribs (staggered overdose: > 150 mg/kg); clinical: BP 158/104 and
162/106 at 33 weeks with 2+ protein, epigastric pain and "little lights" (severe pre-eclampsia; read
urgent). Under-called (labelled urgent): five days of fever in a 3-year-old with red eyes without
pus, red cracked lips and puffy hands (Kawasaki); a home INR of 6.9 on warfarin without bleeding.
Alarms: a swollen calf after a long flight, no breathlessness and normal vital signs (a DVT to scan
the same day, labelled urgent); stable exertional chest tightness over 6 weeks that eases with rest
(stable angina, labelled routine); a double dose of citalopram 20 mg, well six hours later (self-care).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind29_clinical.yaml", 14 / 15, 3 / 30, ("non-emergent", "self-care")),
    ("triage_blind29_chat.yaml", 7 / 10, 0 / 15, ("look-alike",)),
])
def test_blind29_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
