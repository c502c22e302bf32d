"""Record of blind triage set 57 (src/medgate/safety/data/triage_blind57_*.yaml, issue 17).

Written at the start of the sixteenth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a telephone advice line for the body systems people forget —
eyes, ears, nose and throat, teeth and jaw, skin and wounds, bladder, kidneys and genitals, bites, stings
and poisonings, and the nervous system — all ages, from the US, UK, Ireland, India, Kenya, Australia and
Canada; the clinical file told as a call handler's record. Scored once, as written, on 2026-12-04 at
60c8569 (the triage code of the session's start, bd7a8aa). Recorded, not tuned (rules +
findings):

    triage_blind57_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     9/10 = 0.90    (quiet 8/9)
      urgent -> emergent       1/5            (at least urgent 4/5)
      look-alike -> emergent   1/15 = 0.07
    triage_blind57_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     12/15 = 0.80
      non-emergent, self-care  0/30 emergent (false alarms 0.00)

Missed: a snake bite called a "dry bite" with a headache and nausea starting (Australian brown snake); in
the clinical file an alkali (oven cleaner) splashed in an eye and rinsed for under a minute, exertional jaw
"toothache" in a diabetic smoker now at rest for 35 minutes with sweating and nausea (an acute coronary
syndrome), and weakness climbing from the feet after a diarrhoeal illness with a weak cough (Guillain-Barré).
Alarm: a small kitchen knife cut with "blood everywhere" that stopped with ten minutes' pressure. Other
levels: a dental abscess with facial swelling and 37.9 read emergent (writer urgent); a dog bite over the
knuckles going red (urgent) read routine; in the clinical file an epididymo-orchitis, a double weekly
methotrexate dose and a pilonidal abscess (urgent) read routine.

The learned layer (medgate.safety.learned), trained on sets 1-56 before this was read, alone read 10/10 and
14/15 emergencies and called none of the 45 other cases emergent; rules + findings + learned 10/10 and 15/15.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind57_clinical.yaml", 12 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind57_chat.yaml", 9 / 10, 1 / 15, ("look-alike",)),
])
def test_blind57_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
