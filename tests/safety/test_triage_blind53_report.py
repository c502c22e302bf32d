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

After the round (general fixes, so no longer unseen): rules + findings 10/10 (quiet 9/9) with 0/15 alarms
(at least urgent 5/5, one urgent read emergent) and 15/15 (quiet 13/13) with 0/30 alarms; of the 45
clinical cases only one is read at another level than the writer's. Fixed: jaw claudication, a temporal
headache or scalp tenderness ("sore when he combs his hair") over 50 with a loss of vision, even one that
came back, is emergent (findings/arteritis.py, BSR 2020); cancer in the bones with spinal pain and a
sign of the cord (heavy legs, stumbling, a sensory level, brisk reflexes, hesitancy) is emergent, such
pain alone urgent, and a spread dated "last year" is still read (findings/cord_compression.py, NICE
NG234); a firearm at hand with a warning sign of suicide, future care told as not needed among them, is
emergent (rules/suicide_means.py, AFSP, NICE NG225); a missed statin, PPI or antihistamine doubled and
asked about is no overdose (rules/low_risk_doses.py, TOXBASE); "it has never come on at rest" denies rest
pain (triggers.py, NICE CG95), so stable exertional angina reads urgent. Urgent read at its level: one
ear that could not hear on waking (NICE NG98), a red, swollen base of the big toe (NICE CKS gout), sudden
spinal pain on long-term steroids and tense blisters over 65 (findings/older_adult.py: NICE CKS back
pain red flags, NOGG 2022; BAD pemphigoid guideline). Routine now: a fever the day after "flu and COVID
boosters" (a vaccine named with another is no infection) and pain where shingles was "back in February"
(dated, so past). An age told after the older kin's other names ("Gran is 81", "my nana's 90") is read
(findings/measure_specs.py). Left: a calf 3 cm bigger ten days after a knee replacement without breathlessness stays
emergent (the screen reads one swollen painful leg as NICE NG158's four-hour scan; the writer's urgent is
same-day), and a lower UTI in a well woman of 70 stays routine (NICE NG109 treats it in primary care).
Every other set's item keeps its level but one gain (set 9's gout, now urgent). Tests in other words:
tests/safety/test_general_rules_53.py.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind53_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind53_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind53_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
