"""Record of blind triage set 36 (tests/safety/triage_blind36_*.yaml, issue 17).

Written by a colleague to the blind brief (tests/safety/BLIND_BRIEF.md, format inline, no project file
read; this round's emphasis: emergencies asked about sideways — a school note, a medicine dose, a trip
or a fit-to-fly letter — numbers from home devices carrying the danger, long rambling messages, older
adults and pregnancy told as ordinary complaints, mixed languages; clinical cases as ambulance
handovers, pharmacy, dental, school-nurse, care-home, ward and out-of-hours records; look-alikes with
emergency words in safe contexts). Scored once, as written, on 2026-12-03 with the screen as of
b62247d (`.venv/bin/python benchmarks/triage_eval.py --errors --rounds 1`). Recorded, not tuned:

    triage_blind36_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     3/10 = 0.30          8/10 = 0.80   (quiet: 2/9 and 7/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 4/5)
      look-alike -> emergent   2/15                 3/15 = 0.20
    triage_blind36_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     7/15 = 0.47         11/15 = 0.73   (quiet: 5/13 and 9/13)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    1/15                 1/15   (false alarms 2/30 = 0.07)

Missed: a 14-year-old's testicle "higher up than the other", tender, vomiting twice three hours after
a football hit, asked about as a PE note (torsion; read routine); an 86-year-old's home BP 82/50 and
pulse 36 on bisoprolol and digoxin, grey and sweating on standing (read urgent); a late period,
brown spotting, crampy lower pain, an aching right shoulder and a faint in a pharmacy queue, pale and clammy
(ectopic pregnancy; read urgent); day 6 postpartum, no sleep for three nights, the baby "not theirs"
(postpartum psychosis; read routine); a toddler into a pill organiser of verapamil MR and gliclazide,
well (read routine); 31 weeks, abdomen hard and sore between tightenings, a red bleed, baby quiet since
lunchtime (abruption; read routine).
Look-alike alarms: chest pain after a bench-press day, sharp on pressing the muscle, 5k run fine (read
emergent); a first-aid course scenario of an unconscious casualty not breathing normally (read
emergent); a Hinglish EpiPen renewal for a child whose anaphylaxis was at age 3 (read emergent).
Clinical false alarms: low mood since redundancy with "what's the point" but no plans and a
protective factor (urgent, read emergent); chest wall ache the day after bouldering, tender muscles,
pulse 64 (routine, read emergent).
Level errors: a 3-year-old with five days of fever on and off, well (urgent, read routine); a broken
tooth with throbbing pain (urgent, read routine); 37.9 and HR 92 the day after a cholecystectomy with a
request for review (urgent, read routine).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind36_clinical.yaml", 11 / 15, 2 / 30, ("non-emergent", "self-care")),
    ("triage_blind36_chat.yaml", 8 / 10, 3 / 15, ("look-alike",)),
])
def test_blind36_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
