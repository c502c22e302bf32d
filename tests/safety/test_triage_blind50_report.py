"""Record of blind triage set 50 (src/medgate/safety/data/triage_blind50_*.yaml, issue 17).

Written in the thirteenth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: the heart, lungs and blood vessels told by ordinary people
and busy clinicians — chest discomfort not called pain, breathlessness told by what the person can no
longer do, smartwatch and home-cuff readings, a clot after a flight or a birth, a dissection told as
back pain, heart failure worsening over days, an inhaler that "isn't touching it", anaphylaxis coming
back; look-alikes that share the words (reflux, costochondritis, an anxious racing heart that settles,
a smartwatch's false alarm, stable angina settling with GTN, ankle swelling in the heat). Scored once,
as written, on 2026-12-03 at bc9f1af, before anything was changed for it. Recorded, not tuned
(rules + findings):

    triage_blind50_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     9/10 = 0.90   (quiet 8/9)
      urgent -> emergent       0/5           (at least urgent 3/5)
      look-alike -> emergent   1/15 = 0.07
    triage_blind50_clinical.yaml (45 vignettes; all 15 emergencies quiet)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  3/30 emergent (false alarms 0.10)

Missed (read urgent): a calf tight and swollen since a long flight, now breathless with a fast pulse
on a watch. Alarms: reflux after takeaways that antacids settle (chat and clinical); six weeks of
exertional chest tightness easing within minutes of stopping, never at rest (stable angina: routine,
rapid-access clinic); a quinsy (urgent).

The learned layer (medgate.safety.learned), trained on sets 1-48 and PHI sets 1-55 before this was
read, alone read 23/25 emergencies and called none of the 45 other cases emergent (one urgent case
emergent: an 84-year-old's heart failure worsening over days); rules + findings + learned: 10/10 and
15/15 with 1/15 and 3/30 alarms.

After general fixes (not unseen): rules + findings 10/10 (quiet 9/9) with 0/15 alarms (at least urgent 3/5
urgent) and 15/15 with 0/30 alarms. A calf told "tight and a bit swollen" is one swollen leg and "out of
puff" is breathlessness, so a DVT sign with breathlessness or a fast pulse after a flight fires (NICE
NG158); exertion told as absent ("never when I'm running", "nothing on exertion") is no exertional pain,
so reflux settling with antacids stays calm (NICE CKS dyspepsia, NICE CG95); a range of minutes typed with
an en dash ("within 2–3 minutes of stopping") is read, so unchanged exertional angina easing with rest is
no emergency (NICE CG95 rapid-access clinic), nor is a resting ECG rest pain; a febrile quinsy with a
pulse of 91-130 that swallows and breathes comfortably is urgent (NICE NG51 moderate risk; NICE CKS sore
throat), drooling or stridor still emergent. Tests in other words: tests/safety/test_general_rules_50.py.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind50_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind50_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind50_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
