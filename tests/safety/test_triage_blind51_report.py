"""Record of blind triage set 51 (src/medgate/safety/data/triage_blind51_*.yaml, issue 17).

Written in the fourteenth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: babies, children and teenagers (newborn to 17) told by
parents, grandparents, childminders, school nurses and the teenagers themselves, and by paediatric ED,
GP and health-visitor clinicians — a 3-week-old's fever asked as a Calpol question, spots that do not
fade under a glass, a button battery in a child who is laughing, ketones and fast breathing "to sleep
off", a testicle's sudden pain told shyly, green vomit in a 5-day-old, a salt-wasting crisis shown only
by its sodium, potassium and glucose; look-alikes that share the words (a newborn's breathing pauses,
a grape coughed out, a newborn girl's hormone bleed, blue hands with pink lips, silica gel, a pulse of
118 in a running 3-year-old, a rash that fades). Scored once, as written, on 2026-12-04 at a34ec4f,
before anything was changed for it. Recorded, not tuned (rules + findings):

    triage_blind51_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     7/10 = 0.70   (quiet 6/9)
      urgent -> emergent       0/5           (at least urgent 3/5)
      look-alike -> emergent   0/15 = 0.00
    triage_blind51_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     12/15 = 0.80
      non-emergent, self-care  1/30 emergent (false alarms 0.03)

Missed: a toddler's fever with pinprick purple spots that do not fade under a glass (read routine);
20 paracetamol taken the night before by a 16-year-old who feels fine (routine); a 5-day-old's green
vomiting with a swelling tummy, half in Spanish (routine); a 9-year-old's "tummy bug" with new
bed-wetting and thirst (diabetic ketoacidosis; read urgent); a 4-month-old "rolled off the sofa",
vomiting, sleepy, with a tense fontanelle (routine); drain cleaner squirted into an eye (routine).
Alarm: a 5-month-old at 39.1 °C who is feeding, smiling and alert with normal signs (NICE NG143
amber: urgent).

The learned layer (medgate.safety.learned), trained on sets 1-50 and PHI sets 1-57 before this was
read, alone read 21/25 emergencies and called none of the 45 other cases emergent (one urgent case
emergent); rules + findings + learned: 10/10 and 14/15 with 0/15 and 1/30 alarms.

After the round (general fixes, so no longer unseen): rules + findings 10/10 (quiet 9/9) with 0/15
alarms and every urgent message at least urgent (5/5), and 15/15 with 0/30 alarms, every one of the 45
clinical cases at its written level. Fixed: a glass test told first with the spots "still seen", a
carer's "been hot" and "awful sleepy" (NICE NG143 / NG240); an ingestion dated by a clock time inside
an "if someone took" question (TOXBASE); green vomit in the carer's language, "verde", "vert" (NICE
CG84); DKA before diabetes is named, glucose over 11 with ketonuria ++ (JBDS-IP) or a child's high
glucose with vomiting (NICE NG18); a tense fontanelle, and a small child's fall from furniture with
vomiting or drowsiness (NICE NG232), with the bug that read "the soft spot is not bulging" as bulging;
caustics in one word list (rules/base.CAUSTIC: "drain unblocker"); a baby's heart and breathing rates
against a baby's limits in the fever rules (NICE NG51 / NG143: HR 150-159 and RR 40-59 under 12 months
no longer emergent). Urgent now: a febrile child's UTI told as crying on weeing or a nitrite-positive
dip (NICE NG224), a red swollen eyelid with fever (NICE CKS preseptal cellulitis), moderate asthma in
record words (BTS/SIGN 158), a baby's projectile vomiting (NICE CKS pyloric stenosis), a hand bite told
place first (NICE NG184), a fall on an outstretched hand with wrist-bone tenderness (NICE NG38). An
age in words ("two years old", "eighteen months old") or after a grandchild ("grandson is 20 months")
is now read as an age, for the age-gated readings. Every other level set: no level fell; four urgent
cases of sets 3, 5, 44 and 50 now read urgent. Left: an age in brackets without "old" ("Callum (14
month)") is still read as a duration, not an age (the rash reading did not need it). Tests in other
words, with near misses: tests/safety/test_general_rules_51.py.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind51_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind51_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind51_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
