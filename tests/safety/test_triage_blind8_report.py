"""Record of blind triage set 8 (src/medgate/safety/data/triage_blind8_*.yaml, issue 17).

Written by a colleague (a family physician's brief: India, Nigeria, Australia) who read only the
first 30 and 20 lines of the set-6 files (for the format), never the screen or any other set, and
scored once, as written, on 2026-12-01 with the screen as of commit 3c69809 — after the general
fixes for set 7 (`.venv/bin/python benchmarks/triage_eval.py --errors`):

    triage_blind8_chat.yaml (60 messages; 20 of the 25 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     8/25 = 0.32         18/25 = 0.72   (quiet: 4/20 and 13/20)
      urgent -> emergent       0/10                 0/10   (at least urgent: 5/10)
      look-alike -> emergent   3/25 = 0.12          4/25 = 0.16
    triage_blind8_clinical.yaml (30 vignettes, Semigran-style, all 10 emergencies quiet)
      emergent -> emergent     2/10 = 0.20          5/10 = 0.50
      non-emergent -> emerg.   0/10                 0/10
      self-care -> emergent    0/10                 0/10   (false alarms 0/20)

The lesson of this set: seven of its chat emergencies were the same presentations set 7 had just
taught the screen (postnatal pre-eclampsia, green vomit in a baby, missed dialysis, an oven-cleaner
splash, a button battery, a snake bite), told in other words, and the fixes for set 7 caught none
of them: a fix written against one phrasing generalises little. Clinical misses were presentations
no rule covers (Fournier's gangrene, Stevens-Johnson syndrome after lamotrigine, central retinal
artery occlusion, severe dengue, splenic sequestration in sickle cell). Look-alike alarms: a
screening form answered "no" item by item, an old anaphylaxis, a COPD patient's target 88-92 %,
a friend's joke "i want to die".

General fixes followed, written as the published rule rather than the set's sentence: green
vomit anywhere in the vomiting sentence (not green snot); a snake seen with a sting, bite or
scratch in one sentence; a missed dialysis day by its name; a chemical anywhere before "into my
eye"; a postnatal pre-eclampsia symptom with a headache or swelling; "spat" blood after a
tonsillectomy; "remote" is history only before a clinical noun; a quoted form item answered
"- no"; "5 yrs ago" as history; crepitus or dusky skin with fever (Fournier's); a blistering,
peeling rash with sore mouth or eyes (SJS/TEN); sudden loss of vision in one eye; dengue warning
signs after travel (mucosal bleeding, platelets under 50; travellers' destinations such as Bali);
splenic sequestration in sickle cell; NEWS2 SpO2 scale 2 and a "below target" rule when a COPD
target of 88-92 % is given, and "target" no longer reads as a vital sign's number. After them (not
unseen): chat 25/25 with 1/25 look-alike alarms (the friend's joke), clinical 10/10 with no false
alarm; no decision changed on any other set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind8_clinical.yaml", 1.0, 0.0, ("non-emergent", "self-care")),
    ("triage_blind8_chat.yaml", 0.96, 0.04, ("look-alike",)),
])
def test_blind8_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
