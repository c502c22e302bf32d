"""Record of blind triage set 75 (src/medgate/safety/data/triage_blind75_*.yaml, issue 17).

Written in the twenty-third session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a diabetes and kidney clinic's portal, a new-parents' and
breastfeeding helpline, and a rural community-pharmacy line, from Northern Ireland, Uganda, Sri Lanka,
Colombia, the US, Indonesia, Poland and New Zealand. **Held back** outside the repository, unread, until
every change of the session was merged; scored once on 2026-12-05 at 065808a, and once with the session's
starting screen (bef99ae): the same, item for item. Recorded, not tuned (rules + findings):

    triage_blind75_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     10/10 = 1.00   (quiet 9/9)
      urgent -> emergent       1/5
      look-alike -> emergent   0/15
    triage_blind75_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  1/30 emergent

No emergency missed. Alarm: a man back from rural Uganda without prophylaxis with two days of fever and
no danger sign (urgent to its writer; a shape writers label both ways: set 10 and 26 urgent, the dev set
emergent). Other levels: a 71-year-old with kidney disease on ramipril, furosemide and metformin with a
diarrhoea and vomiting illness and less urine (urgent: sick-day rules; read emergent); a blood sugar of
4.4 in a well non-diabetic (routine; read urgent); a breast abscess forming despite flucloxacillin and a
warm, red, swollen neuropathic foot (a Charcot foot) (urgent; read routine).

The learned layer (medgate.safety.learned), trained on sets 1-74 before this was read, alone read 9/10 and
15/15 emergencies with 0/15 and 0/30 alarms.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind75_clinical.yaml", 15 / 15, 1 / 30, ("non-emergent", "self-care")),
    ("triage_blind75_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind75_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
