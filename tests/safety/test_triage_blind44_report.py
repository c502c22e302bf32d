"""Record of blind triage sets 44 and 45 (src/medgate/safety/data/triage_blind4{4,5}_*.yaml, issue 17).

Written by two colleagues at once in the twelfth session, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour each. Set 44's: babies, children and teenagers told by
parents, grandparents, siblings, childminders, teachers and school nurses, with numbers from home
thermometers and oximeters; look-alikes that frighten but are normal in children (breath-holding,
night terrors, a newborn's pseudo-menses, a faint in assembly). Set 45's: older people and long-term
illness (chemotherapy, dialysis, anticoagulants, transplants, devices, dementia, palliative care),
emergencies that look like the usual illness or show as a change in function; look-alikes that are
expected effects of the illness or its treatment. Scored once each, as written, on 2026-12-03 at
0362135, before anything was changed for them. Recorded, not tuned (rules + findings):

    triage_blind44_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     7/10 = 0.70   (quiet 6/9)
      urgent -> emergent       0/5           (at least urgent 3/5)
      look-alike -> emergent   4/15 = 0.27
    triage_blind44_clinical.yaml (45 vignettes; 13 of 15 quiet)
      emergent -> emergent     11/15 = 0.73
      non-emergent, self-care  2/30 emergent (false alarms 0.07)
    triage_blind45_chat.yaml (30 messages; 9 of 10 quiet)
      emergent -> emergent     9/10 = 0.90   (quiet 8/9)
      urgent -> emergent       0/5           (at least urgent 2/5)
      look-alike -> emergent   1/15 = 0.07
    triage_blind45_clinical.yaml (45 vignettes; 14 of 15 quiet)
      emergent -> emergent     11/15 = 0.73
      non-emergent, self-care  2/30 emergent (false alarms 0.07)

Missed: a 13-year-old's sudden testicular pain told as "down there"; a teenager's 24 paracetamol
after a row, "she feels fine"; a 4-day-old vomiting green; a 35-week first pregnancy at 17 with
headache and sparkly lights; a boy who "won't be a problem for anyone"; a 10-week-old grey, sweaty
and fast-breathing at feeds (read urgent); a child's spreading eyelid swelling after a cold (read
urgent); an implanted defibrillator firing three times; a missed dialysis session with heavy legs
(read urgent); back pain waking a man with bone metastases (cord compression); a widower who gave
his dog away after a cancer diagnosis; a red, aching eye three days after cataract surgery.
Alarms: breath-holding with blue lips; a 5-day-old girl's pseudo-menses; a faint in assembly after
standing; an oximeter's 96% in a crying baby with a cold; three contraceptive pills eaten by a
toddler; a racing heart after energy drinks; an old stroke's evening slurring; an SpO2 of 89% within
a COPD patient's target; a carer's chest-wall pain after a transfer.

The learned layer (medgate.safety.learned), trained on sets 1-43 and PHI sets 1-50 before these were
read, alone read 49/50 emergencies and called 4 of the 100 other cases emergent (a night terror, a
gastrostomy button out, a palliative patient's constipation on morphine, a toddler's three
contraceptive pills);
rules + findings + learned: 9/10, 15/15, 10/10, 15/15 with 5/15, 2/30, 1/15 (+1 urgent), 3/30 alarms.
Its one miss: the 4-day-old's green vomiting.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind44_clinical.yaml", 11 / 15, 2 / 30, ("non-emergent", "self-care")),
    ("triage_blind44_chat.yaml", 7 / 10, 4 / 15, ("look-alike",)),
    ("triage_blind45_clinical.yaml", 11 / 15, 2 / 30, ("non-emergent", "self-care")),
    ("triage_blind45_chat.yaml", 9 / 10, 1 / 15, ("look-alike",)),
])
def test_blind44_45_floors(name: str, recall_floor: float, alarm_ceiling: float,
                           calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
