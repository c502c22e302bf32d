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

After the round on this set (test_general_rules_59.py, each rule in other words with its near misses):
seizures with no waking between them are status epilepticus even in known epilepsy (NICE NG217 / CG137), the
"without waking in between" told inside the finding so that its negation no longer reaches "still
convulsing"; pre-eclampsia after birth is read where the birth is told as having the child ("had my little
girl 9 days ago"), the headache as one the painkiller "isn't touching" and a home monitor's reading as "and
it says 162/108" (NICE NG133); two of fever, chest or side pain on breathing in, fast breathing and a low
saturation in sickle cell disease, told short as "has SS", are an acute chest syndrome (NICE CKS; BSH), the
trait no longer read as the disease; and the levels: "im 2 weeks post partum" is no longer a baby's age, a
red, painful breast with a fever is urgent (NICE CKS mastitis), a diabetic foot's sore gone red, hot or
swollen urgent and with a fever emergent (NICE NG19), diabetes read too as "have sugar 20 years", and a
potassium of 5.5-6.4 with no dialysis missed urgent (UK Kidney Association 2020), one told as the person's
level for months still routine. Now chat 10/10 with 0/15
alarms (urgent 5/5 at least urgent, none emergent), clinical 14/15 with 0/30 and every level as written, not
unseen; every other set reads item for item as before. The widower who has rehomed his dog, finished his
will, sees no point going on, kept his wife's leftover morphine and picked a date is emergent after the
lead's change to suicidal.py (a will finished, another's leftover medicines kept, a date picked and "no
point going on" read as warning signs, AFSP; test_suicidal_levels.py): clinical **15/15** with 0/30. Also
seen and left: a "still
convulsing" after an unrelated "without" in the same sentence is still negated (a ConText scope in
triggers.py, the engine colleague's), a mother's fever beside her baby's age in weeks reads as the baby's,
"no dialysis" reads as a missed session, and "the pulse ox we have at home is reading 91" is not read (six
words between the name and the number).
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind59_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind59_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind59_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
