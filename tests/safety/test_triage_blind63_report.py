"""Record of blind triage set 63 (src/medgate/safety/data/triage_blind63_*.yaml, issue 17).

Written at the start of the nineteenth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a maternity and new-parent helpline, a remote telehealth
service for mining and farming towns, and a sexual-health and travel clinic, from Australia, South Africa,
India, the US, Ireland, Ghana, Canada and the UK. Scored at once, as written, on 2026-12-05 at acf9934.
Recorded, not tuned (rules + findings):

    triage_blind63_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     7/10 = 0.70    (quiet 6/9)
      urgent -> emergent       1/5
      look-alike -> emergent   2/15 = 0.13
    triage_blind63_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     14/15 = 0.93
      non-emergent, self-care  1/30 emergent (false alarms 0.03)

Missed: a mother six days after birth with a headache paracetamol does not touch, "sparkly zigzag lights"
and a puffier face and feet (postpartum pre-eclampsia; NICE NG133); a farmer two hours after spraying
chlorpyrifos with a broken mask, sweating, drooling, cramps, diarrhoea and pinpoint pupils (organophosphate
poisoning); a miner of 56 "tight across the front of me like a ratchet strap", down the left arm and into
the jaw, sweating and grey (read nothing); a mother ten days after birth who has not slept for three nights,
talks fast and believes her baby was swapped (postpartum psychosis, NICE CG192). Alarms: a double dose of a
contraceptive pill called an overdose; a child's past febrile seizure told with a mild cold. Other levels:
mastitis with fever 38.6 for 36 hours (urgent, read emergent); HIV exposure with a positive partner last
night (post-exposure prophylaxis within 72 hours, urgent; read routine); a monkey bite in Bali three days
ago, never vaccinated (rabies post-exposure care, urgent; read routine).

The learned layer (medgate.safety.learned), trained on sets 1-62 before this was read, alone read 10/10 and
15/15 emergencies with 0/15 and 0/30 alarms.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind63_clinical.yaml", 14 / 15, 1 / 30, ("non-emergent", "self-care")),
    ("triage_blind63_chat.yaml", 7 / 10, 2 / 15, ("look-alike",)),
])
def test_blind63_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
