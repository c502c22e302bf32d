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
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind51_clinical.yaml", 12 / 15, 1 / 30, ("non-emergent", "self-care")),
    ("triage_blind51_chat.yaml", 7 / 10, 0 / 15, ("look-alike",)),
])
def test_blind51_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
