"""Record of blind triage set 66 (src/medgate/safety/data/triage_blind66_*.yaml, issue 17).

Written at the start of the twentieth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: an aged-care home's nurse line, a community pharmacy's chat, and
a school nurse's and after-hours paediatric line, from the UK, the US, Nigeria, Ireland, Singapore, South
Africa, Mexico and New Zealand. **Held back**: kept outside the repository, unread, until every change of the
session's rounds on set 65 was merged, then scored once on 2026-12-05 at 6a836ee.
Recorded, not tuned (rules + findings):

    triage_blind66_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     10/10 = 1.00   (quiet 9/9)
      urgent -> emergent       0/5
      look-alike -> emergent   1/15 = 0.07
    triage_blind66_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  0/30 emergent

The same with the session's starting screen (993a3cd), item for item: the first held-back set read in full
at first sight by both. Alarm: a 7-year-old out of a cold pool with blue lips and shivering, now pink, warm
and watching television (cold exposure that has passed; read emergent). Other levels: a 9-year-old's
tonsillitis with exudate, fever 38.4 and no cough, swallowing and opening her mouth fully (routine, NICE NG84
FeverPAIN; read urgent); new atrial fibrillation flagged by a smartwatch, rate 94, no breathlessness or chest
pain (urgent, NICE NG196 referral; read routine); dry itchy shins in a care-home resident of 91 (self-care;
read urgent).

The learned layer (medgate.safety.learned), trained on sets 1-64 before this was read, alone read 10/10 and
15/15 emergencies, with 1/15 and 0/30 alarms.

After the round on this set (tri66; tests/safety/test_general_rules_66.py): blue lips after cold water or
weather told pink again once warm no longer read as cyanosis, and the shivering of that cold is not a rigor
(lips still or again blue, or blue with breathing trouble or drowsiness, stay emergent); "no broken skin"
heading a list now negates the list ("no broken skin, spreading redness, swelling ..."); an irregular rhythm or
AF with tiredness told as new or more than usual is a same-day review (NICE NG196 / CKS). Now chat 10/10 with
0/15 alarms, clinical 15/15 with 0/30, and 74 of the 75 items at their level. Left: the 9-year-old's
tonsillitis (routine here, NICE NG84 FeverPAIN) still reads urgent, because five items of earlier sets
(blind 2, 3, 4 chat and clinical, dev clinical) label the same shape (sore throat, fever, exudate, swallowing)
urgent; the writers disagree, so the rule stays.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind66_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind66_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind66_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
