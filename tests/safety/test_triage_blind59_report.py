"""Record of blind triage set 59 (src/medgate/safety/data/triage_blind59_*.yaml, issue 17).

Written at the start of the seventeenth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a pharmacy and urgent-care front desk — older adults on many
medicines, pregnancy and the weeks after birth, babies and toddlers, mental health, long-term conditions
(diabetes, heart failure, COPD, kidney disease, epilepsy, sickle cell), from the US, UK, Nigeria, the
Philippines, Australia, Jamaica and Ireland; the clinical file told as the published symptom-checker
studies did. Scored once, as written, on 2026-12-04 at 0aef7f9, before any change. Recorded, not tuned
(rules + findings):

    triage_blind59_chat.yaml (30 messages; 8 of the 10 emergencies quiet)
      emergent -> emergent     8/10 = 0.80    (quiet 6/8)
      urgent -> emergent       1/5            (at least urgent 4/5)
      look-alike -> emergent   0/15 = 0.00
    triage_blind59_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     13/15 = 0.87
      non-emergent, self-care  0/30 emergent (false alarms 0.00)

Missed: a woman nine days after birth with a headache paracetamol does not touch, flashing zigzags, a
puffy face and a home blood pressure of 162/108 (postpartum pre-eclampsia), asking about ibuprofen; a
15-year-old with sickle cell disease, fever 38.9, pleuritic pain, fast breathing and SpO2 91 % (acute chest
syndrome); a widower at a pharmacy counter who has rehomed his dog, finished his will, sees no point going
on and has kept his wife's leftover tablets; a second tonic-clonic seizure without waking between, still
convulsing (status epilepticus). Other levels: mastitis with fever two weeks after birth (urgent) read
emergent; a diabetic foot's spreading redness (urgent) and a potassium of 5.8 on spironolactone (urgent)
read routine.

The learned layer (medgate.safety.learned), trained on sets 1-58 before this was read, alone read 10/10
and 14/15 emergencies with 0/15 and 0/30 alarms.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind59_clinical.yaml", 13 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind59_chat.yaml", 8 / 10, 0 / 15, ("look-alike",)),
])
def test_blind59_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
