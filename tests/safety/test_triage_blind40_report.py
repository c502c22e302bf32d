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

After general fixes (not unseen): rules + findings, scored again on 2026-12-03 after the rules of
tests/safety/test_general_rules_40.py (each written and tested in other words than the sets use):

    triage_blind40_chat.yaml (30 messages)
      emergent -> emergent     10/10 = 1.00  (quiet 9/9)
      urgent -> emergent       0/5           (at least urgent 4/5)
      look-alike -> emergent   0/15 = 0.00
    triage_blind40_clinical.yaml (45 vignettes)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  0/30 emergent (false alarms 0.00)
    triage_blind41_chat.yaml (30 messages)
      emergent -> emergent     10/10 = 1.00  (quiet 9/9)
      urgent -> emergent       0/5           (at least urgent 3/5)
      look-alike -> emergent   0/15 = 0.00
    triage_blind41_clinical.yaml (45 vignettes)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  0/30 emergent (false alarms 0.00)

Fixed: ketoacidosis signs on an SGLT2 inhibitor whatever the glucose (MHRA 2016/2020); orthopnoea told
as its cause ("can't breathe when he lies down", a night in the armchair) and pink frothy sputum (NICE
NG106, CG187); opioid toxicity on a patch, and trimethoprim with an ACE inhibitor, ARB or potassium-
sparing diuretic and a slow pulse or profound weakness (MHRA 2014/2019, UK Kidney Association 2020); a
one-eyed loss of sight found on waking (RCOphth); one "nut" in pain (NICE CKS scrotal pain); a period
late told of the woman (NICE NG126); a kick from a large animal or a handlebar to the belly with pain,
sickness or shock (NICE NG39, ATLS); nights without sleep with a belief of invulnerability or a height
(NICE CG185); a dead person's medicines kept "just in case" beside affairs settled (AFSP). Calm now: a
statin, PPI, antihistamine or levothyroxine dose taken twice when well (TOXBASE); a heavy bleed from a
small cut stopped with pressure (NICE CKS lacerations); a faint when blood is taken (NICE CG109); a
passive wish with self-harm denied or a person named as the reason not to act (NICE NG225, urgent);
breath-holding spells (NHS); a newborn's little grunts in sleep (NHS); an adult's fever with a heart rate
of 100-130 told alert and eating and drinking (NICE NG51: moderate-to-high risk, same day; over 130,
confusion or another sign still emergent). No other level set's level changed. Left: the urgent/routine
level errors (a heart-failure weight gain, a diabetic foot ulcer, epididymitis, arc eye, a pilonidal
abscess, an irritable hip, emergency contraception) are no emergency miss or alarm; a traveller's fever
told "back from" a malaria country stays emergent by findings/travel.py, a choice this round left alone.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind40_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind40_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
    ("triage_blind41_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind41_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind40_41_floors(name: str, recall_floor: float, alarm_ceiling: float,
                           calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
