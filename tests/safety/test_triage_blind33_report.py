"""Record of blind triage set 33 (tests/safety/triage_blind33_*.yaml, issue 17).

Written by a colleague at the same time as set 32 and to the same brief (tests/safety/BLIND_BRIEF.md,
format inline, no project file read; emergencies told through findings and course — home device
readings told flatly, timelines worsening over hours or days, behaviour changed, after a procedure, a
new medicine, a bite, a fall or travel; people writing for someone else or in a second language;
clinical vignettes in a triage nurse's or GP's terse record style; look-alikes with readings safe in
context, past events, risk questions, health anxiety). Held back: kept outside the repository until
set 32's fixes were merged (9b1c911), then scored once, as written, on 2026-12-02
(`.venv/bin/python benchmarks/triage_eval.py --errors --rounds 1`). Recorded, not tuned:

    triage_blind33_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     3/10 = 0.30         10/10 = 1.00   (quiet: 2/9 and 9/9)
      urgent -> emergent       0/5                  1/5   (at least urgent: 3/5)
      look-alike -> emergent   0/15                 1/15 = 0.07
    triage_blind33_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     8/15 = 0.53         14/15 = 0.93   (quiet: 7/14 and 13/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30 = 0.00)

With the screen of the round's start (5885e37) the same set reads chat 9/10 (1/15 alarms) and
clinical 14/15 with 1/30 false alarms: set 32's fixes carried one emergency (a belly swelling and
hard with fever and a watch's pulse of 118-125 days after a laparoscopic cholecystectomy) and one
false alarm (a 4-year-old's otitis media, HR 118: his age written "4yo M" was not read, so adult
limits applied) to a new writer. Missed now: a 66-year-old long-sighted woman's red, painful eye with
coloured rings round lights, vomiting, a fixed mid-dilated pupil and a hazy cornea, told in a
record's abbreviations (acute angle-closure glaucoma: read routine). Look-alike alarm: an oximeter's
84% after shovelling snow with gel nails, rechecked at 97-98% with a normal pulse (read emergent).
Level errors: an 80-year-old's urinary symptoms with new mild muddle, T 37.6 and normal observations
(urgent, read emergent); a type 2 diabetic's readings of 320-360 mg/dL for two days with thirst and
polyuria (urgent, read routine); a 6-year-old's scarlet fever rash with fever (urgent, read
routine); clinical: a limp after a bouncy castle in a well 3-year-old, a watch-strap contact
dermatitis and a 95-year-old's night cramps (routine, each read urgent).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind33_clinical.yaml", 14 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind33_chat.yaml", 10 / 10, 1 / 15, ("look-alike",)),
])
def test_blind33_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
