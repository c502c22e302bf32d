"""Record of blind triage sets 40 and 41 (src/medgate/safety/data/triage_blind4{0,1}_*.yaml, issue 17).

Written by two colleagues at once, to the blind brief (tests/safety/BLIND_BRIEF.md) with a flavour
each. Set 40's: older adults, carers and long-term conditions (heart failure, kidney disease, COPD,
diabetes, cancer on treatment, dementia, learning disability), emergencies hidden in "it's probably
just my usual", in drug effects and interactions and in numbers from home devices; look-alikes whose
bad-looking numbers are the person's stable baseline. Set 41's: children, teenagers and young adults
at school, sport, parties, festivals, halls and first jobs, told by people who do not know what they
are seeing; look-alikes that are dramatic but harmless. Scored once each, as written, on 2026-12-03
(eleventh session), before anything was changed for them. Recorded, not tuned (rules + findings):

    triage_blind40_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     7/10 = 0.70   (quiet 7/9)
      urgent -> emergent       0/5           (at least urgent 4/5)
      look-alike -> emergent   2/15 = 0.13
    triage_blind40_clinical.yaml (45 vignettes; 14 of 15 quiet)
      emergent -> emergent     12/15 = 0.80
      non-emergent, self-care  0/30 emergent (false alarms 0.00)
    triage_blind41_chat.yaml (30 messages; 9 of 10 quiet)
      emergent -> emergent     8/10 = 0.80   (quiet 7/9)
      urgent -> emergent       0/5           (at least urgent 3/5)
      look-alike -> emergent   2/15 = 0.13
    triage_blind41_clinical.yaml (45 vignettes; 14 of 15 quiet)
      emergent -> emergent     13/15 = 0.87
      non-emergent, self-care  3/30 emergent (false alarms 0.10)

Missed: diabetic ketoacidosis on an SGLT2 inhibitor ("only 198 mg/dL"); heart failure sleeping in
the armchair for two nights; a second fentanyl patch left on (urgent); hyperkalaemia with a pulse of
38 after trimethoprim with ramipril and spironolactone (urgent); sudden loss of vision in one eye on
waking; a bereaved widower giving his things away; testicular torsion at football; a likely ectopic
pregnancy; a child kicked in the abdomen by a horse; mania with psychosis on a roof. Alarms: a
newborn's periodic breathing; a double dose of atorvastatin called "overdosed"; a bitten tongue that
bled a lot; a faint at a blood test; passive wishes not to wake without a plan (urgent); fever after
travel to a malaria area in a well student (urgent); breath-holding spells (self-care).

The learned layer (medgate.safety.learned), trained before either set was read (sets 1-39 and the
PHI sets 1-46), caught every missed emergency but one (the sudden loss of vision) and raised none of
the seven alarms: alone it read 49/50 emergencies and called none of the 140 other cases emergent.
Rules + findings + learned: 10/10, 14/15, 10/10, 15/15.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind40_clinical.yaml", 12 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind40_chat.yaml", 7 / 10, 2 / 15, ("look-alike",)),
    ("triage_blind41_clinical.yaml", 13 / 15, 3 / 30, ("non-emergent", "self-care")),
    ("triage_blind41_chat.yaml", 8 / 10, 2 / 15, ("look-alike",)),
])
def test_blind40_41_floors(name: str, recall_floor: float, alarm_ceiling: float,
                           calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
