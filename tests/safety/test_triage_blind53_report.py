"""Record of blind triage set 53 (src/medgate/safety/data/triage_blind53_*.yaml, issue 17).

Written in the fourteenth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: older adults (65 to 100) and the people who look after
them — adult children, spouses, care-home staff, district nurses, pharmacists, GPs — told as "can it
wait?" questions: a bump on the head on warfarin, a week's pill organiser empty with digoxin and a slow
pulse, a low sugar while choking on sips, a grandfather who "went grey on the dunny", a swollen tongue
after an antibiotic, a stash of tablets and a watch given away; clinical cases told only by findings
(a long lie, lithium toxicity after new ramipril and naproxen, mesenteric ischaemia, temporal arteritis
with a brief loss of vision, glaucoma after oxybutynin, spinal cord compression in metastatic cancer).
Look-alikes share the words (post-herpetic "chest pain", a missed statin asked as an "overdose",
hypnic jerks asked as a seizure, black stools on iron, expected breathing changes at the end of life
under a hospice team, Charles Bonnet visions). Scored once, as written, on 2026-12-04 at dd834aa,
before anything was changed for it. Recorded, not tuned (rules + findings):

    triage_blind53_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     10/10 = 1.00   (quiet 9/9)
      urgent -> emergent       1/5            (at least urgent 5/5)
      look-alike -> emergent   1/15 = 0.07
    triage_blind53_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     12/15 = 0.80
      non-emergent, self-care  1/30 emergent (false alarms 0.03)

Missed: giant-cell arteritis with jaw claudication and a transient loss of vision (read urgent); a
widowed farmer with metastatic cancer who sees "no point" and has a shotgun (routine); band-like back
pain with metastatic prostate cancer (spinal cord compression; routine). Alarms: a missed statin dose
asked as "would 2 be an overdose?" (chat); three weeks of new exertional chest tightness settling with
rest (the writer's urgent: a rapid-access clinic). Urgent read emergent: a calf 3 cm larger ten days
after a knee replacement, not breathless (a DVT: same day).

The learned layer (medgate.safety.learned), trained on sets 1-50 and PHI sets 1-57 before this was
read, alone read 24/25 emergencies and called none of the 45 other cases emergent (one urgent case
emergent); rules + findings + learned: 10/10 and 15/15 with 1/15 and 1/30 alarms.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind53_clinical.yaml", 12 / 15, 1 / 30, ("non-emergent", "self-care")),
    ("triage_blind53_chat.yaml", 10 / 10, 1 / 15, ("look-alike",)),
])
def test_blind53_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
