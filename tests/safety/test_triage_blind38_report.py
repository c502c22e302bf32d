"""Record of blind triage sets 38 and 39 (src/medgate/safety/data/triage_blind3{8,9}_*.yaml, issue 17).

Written by two colleagues at once, to the blind brief (format inline, no project file read). Set 38's
emphasis: emergencies told through what someone notices (colour, breathing, a number on a device, how
a baby feeds), long-term conditions masking a new danger (COPD, dialysis, sickle cell, dementia,
chemotherapy), heat, cold, poisons and bites, messages by someone other than the patient. Set 39's:
the writer's own words and culture (translated idioms, lay body words, rural places far from care),
danger in what is missing (no urine, no feeds, not woken properly), deterioration told as a timeline,
the very old and the very young. Scored once each, as written, on 2026-12-03, before anything was
changed for them. Recorded, not tuned (rules + findings, the layers the floors below pin):

    triage_blind38_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     9/10 = 0.90   (quiet 8/9)
      urgent -> emergent       0/5           (at least urgent 4/5)
      look-alike -> emergent   3/15 = 0.20
    triage_blind38_clinical.yaml (45 vignettes; 14 of 15 quiet)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  0/30 emergent (false alarms 0.00)
    triage_blind39_chat.yaml (30 messages; 9 of 10 quiet)
      emergent -> emergent     8/10 = 0.80   (quiet 7/9)
      urgent -> emergent       0/5           (at least urgent 5/5)
      look-alike -> emergent   1/15 = 0.07
    triage_blind39_clinical.yaml (45 vignettes; 14 of 15 quiet)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  0/30 emergent (false alarms 0.00)

Missed: a father on dialysis who missed Friday's session for want of transport (routine); a gran of
89 "no been herself", muddled, seeing folk, no wee since breakfast (routine); a 95-year-old found on
her kitchen floor after a night there, playing it down (routine). Look-alike alarms: chest pain after
a new bench-press record, sore on pressing the muscle; chest pain already assessed in A&E with two
normal troponins; a cat "unconscious" in the sun; a 3-week-old grunting and red-faced while passing a
soft stool.

The learned layer (medgate.safety.learned), trained before either set was read (sets 1-37 and the
PHI sets; threshold 0.7 fixed on leave-writers-out over sets 1-37), caught all three missed
emergencies and raised none of the four alarms; alone it read 47/50 emergencies with 1/100 false
alarms over both sets (tests/safety/test_learned.py re-checks this with a model trained without them).

After general fixes (not unseen): rules + findings, scored again on 2026-12-03 after the rules of
tests/safety/test_general_rules_38.py (each written and tested in other words than the sets use):

    triage_blind38_chat.yaml (30 messages)
      emergent -> emergent     10/10 = 1.00  (quiet 9/9)
      urgent -> emergent       0/5           (at least urgent 5/5)
      look-alike -> emergent   0/15 = 0.00
    triage_blind38_clinical.yaml (45 vignettes)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  0/30 emergent (false alarms 0.00)
    triage_blind39_chat.yaml (30 messages)
      emergent -> emergent     10/10 = 1.00  (quiet 9/9)
      urgent -> emergent       0/5           (at least urgent 5/5)
      look-alike -> emergent   0/15 = 0.00
    triage_blind39_clinical.yaml (45 vignettes)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  0/30 emergent (false alarms 0.00)

Fixed: a dialysis session not attended told by its day ("could not go on Friday"; UK Kidney
Association 2020); Scots "no been herself" no longer negates the confusion after it (NICE CG103); hip-
fracture signs told across a clause and a long lie told plainly ("couldn't get herself up ... lying there
since"; NICE CG124, CG161 / BGS); "not short of breath" without a verb is a denial, and "short of breath,
did 4 flights" no breathing rate (the bench-press chest-wall pain); a troponin whose normal verdict comes
later in its clause (NICE CG95); a pet's own signs are not the patient's (ConText experiencer); a young
baby's grunt while passing a stool is infant dyschezia (Rome IV; NHS), not NG143 grunting; a dog bite
told with the place first and the dog by breed ("by my mate's staffy"; NICE NG184), urgent. No other
set's emergent recall fell and no false alarm rose. Left: the clinical level errors (asthma with a peak
flow 71% of best, BTS/SIGN 158 moderate; a dental abscess with cheek swelling; a fish hook in a thumb;
emergency contraception at 80 hours; a blocked ear with a reduced whisper test over one day, NICE NG98,
whose onset "over one day" the hearing-loss rule does not read as sudden) read routine for urgent, and a
sore throat with FeverPAIN features reads urgent for routine: none is an emergency miss or an alarm, and
each needs a reading (a ratio of peak flows, hours since intercourse, an onset in days) not written in time.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind38_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind38_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
    ("triage_blind39_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind39_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind38_39_floors(name: str, recall_floor: float, alarm_ceiling: float,
                           calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
