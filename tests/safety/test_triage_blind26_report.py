"""Record of blind triage set 26 (tests/safety/triage_blind26_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read) plus the same line as set 25 (rarer settings, extreme ages, pregnancy and postpartum,
poisoning, mental health, emergencies told through numbers alone), at the same time as set 25, and
kept outside the repository until set 25's and then set 27's general fixes were merged; then scored
once, as written, on 2026-12-02 with the screen as of commit bab6c44
(`.venv/bin/python benchmarks/triage_eval.py --errors`). Recorded, not tuned:

    triage_blind26_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50          8/10 = 0.80   (quiet: 4/9 and 7/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   1/15                 1/15 = 0.07
    triage_blind26_clinical.yaml (45 vignettes)
      emergent -> emergent     4/15 = 0.27         12/15 = 0.80   (quiet: 3/14 and 11/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 1/15   (false alarms 1/30 = 0.03)

Missed: a 2-year-old who took six of a grandmother's amitriptyline 25 mg, now very sleepy with a
fast heart (read urgent: tricyclic poisoning with signs, TOXBASE — emergency); severe pre-eclampsia
told half in Portuguese at 34 weeks (severe headache, flashing lights, swollen face and hands, BP
164/112: NICE NG133); a 22-month-old with a missing lithium coin cell, drooling and refusing food
(button battery: NPIS/RCEM, emergency whatever the symptoms); a family with headache, nausea and
dizziness, a generator in the attached shed, a drowsy vomiting child and a lethargic dog (carbon
monoxide: read urgent); a calm man who sold his boat, paid his debts, "sorted everything so the
family won't have to deal with me", with paraquat in his car (high suicide risk: NICE NG225; set
27's fix reads letters, possessions given away and saved tablets, not these). Alarms: nocturnal
median-nerve tingling at 33 weeks told half in Polish (carpal tunnel); mild altitude symptoms at
3,500 m with SpO2 89% (self-care). One level up: pseudo-menses in a 5-day-old girl. Under-called
(labelled urgent): a spreading cellulitis with 37.8 °C; an infected perineal tear 8 days after birth.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind26_clinical.yaml", 12 / 15, 1 / 30, ("non-emergent", "self-care")),
    ("triage_blind26_chat.yaml", 8 / 10, 1 / 15, ("look-alike",)),
])
def test_blind26_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
