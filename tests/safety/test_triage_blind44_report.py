"""Record of blind triage sets 44 and 45 (src/medgate/safety/data/triage_blind4{4,5}_*.yaml, issue 17).

Written by two colleagues at once in the twelfth session, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour each. Set 44's: babies, children and teenagers told by
parents, grandparents, siblings, childminders, teachers and school nurses, with numbers from home
thermometers and oximeters; look-alikes that frighten but are normal in children (breath-holding,
night terrors, a newborn's pseudo-menses, a faint in assembly). Set 45's: older people and long-term
illness (chemotherapy, dialysis, anticoagulants, transplants, devices, dementia, palliative care),
emergencies that look like the usual illness or show as a change in function; look-alikes that are
expected effects of the illness or its treatment. Scored once each, as written, on 2026-12-03 at
0362135, before anything was changed for them. Recorded, not tuned (rules + findings):

    triage_blind44_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     7/10 = 0.70   (quiet 6/9)
      urgent -> emergent       0/5           (at least urgent 3/5)
      look-alike -> emergent   4/15 = 0.27
    triage_blind44_clinical.yaml (45 vignettes; 13 of 15 quiet)
      emergent -> emergent     11/15 = 0.73
      non-emergent, self-care  2/30 emergent (false alarms 0.07)
    triage_blind45_chat.yaml (30 messages; 9 of 10 quiet)
      emergent -> emergent     9/10 = 0.90   (quiet 8/9)
      urgent -> emergent       0/5           (at least urgent 2/5)
      look-alike -> emergent   1/15 = 0.07
    triage_blind45_clinical.yaml (45 vignettes; 14 of 15 quiet)
      emergent -> emergent     11/15 = 0.73
      non-emergent, self-care  2/30 emergent (false alarms 0.07)

Missed: a 13-year-old's sudden testicular pain told as "down there"; a teenager's 24 paracetamol
after a row, "she feels fine"; a 4-day-old vomiting green; a 35-week first pregnancy at 17 with
headache and sparkly lights; a boy who "won't be a problem for anyone"; a 10-week-old grey, sweaty
and fast-breathing at feeds (read urgent); a child's spreading eyelid swelling after a cold (read
urgent); an implanted defibrillator firing three times; a missed dialysis session with heavy legs
(read urgent); back pain waking a man with bone metastases (cord compression); a widower who gave
his dog away after a cancer diagnosis; a red, aching eye three days after cataract surgery.
Alarms: breath-holding with blue lips; a 5-day-old girl's pseudo-menses; a faint in assembly after
standing; an oximeter's 96% in a crying baby with a cold; three contraceptive pills eaten by a
toddler; a racing heart after energy drinks; an old stroke's evening slurring; an SpO2 of 89% within
a COPD patient's target; a carer's chest-wall pain after a transfer.

The learned layer (medgate.safety.learned), trained on sets 1-43 and PHI sets 1-50 before these were
read, alone read 49/50 emergencies and called 4 of the 100 other cases emergent (a night terror, a
gastrostomy button out, a palliative patient's constipation on morphine, a toddler's three
contraceptive pills);
rules + findings + learned: 9/10, 15/15, 10/10, 15/15 with 5/15, 2/30, 1/15 (+1 urgent), 3/30 alarms.
Its one miss: the 4-day-old's green vomiting.

After general fixes (not unseen): rules + findings, scored again on 2026-12-03 after the rules of
tests/safety/test_general_rules_44.py (each written and tested in other words than the sets use):

    triage_blind44_chat.yaml (30 messages)
      emergent -> emergent     10/10 = 1.00
      urgent -> emergent       0/5           (at least urgent 3/5)
      look-alike -> emergent   0/15 = 0.00
    triage_blind44_clinical.yaml (45 vignettes)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  0/30 emergent (false alarms 0.00)
    triage_blind45_chat.yaml (30 messages)
      emergent -> emergent     10/10 = 1.00
      urgent -> emergent       0/5           (at least urgent 2/5)
      look-alike -> emergent   0/15 = 0.00
    triage_blind45_clinical.yaml (45 vignettes)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  0/30 emergent (false alarms 0.00)

Fixed: a boy's pain with the place quoted ('down there') and legs told failing or heavy in quotes (NICE
CKS scrotal pain; NICE NG234 cord compression; UK Kidney Association 2020 after missed dialysis, with
weakness "all over"); paracetamol counted later in the sentence after the packs or strength, and its
brands abroad (Crocin, Dolo, Doliprane, Dafalgan, Efferalgan; TOXBASE); a newborn "bringing up" green
(NICE CG84, NG143); a gestation told right after the pregnancy ("pregnancy, 35 weeks"; NICE NG133); a
breathing rate told with the verb ("breathes at 68 per minute"; NICE NG143 red RR > 60); an upper and
lower eyelid swollen, pain on looking and an eye sitting forward (NICE CKS orbital cellulitis); AFSP
warning signs told by others (belongings given away, a way looked up online, "tired of it all" at a
clause's end); a findings group for an implanted defibrillator shocking two or more times (BHRS; ESC
2022), and a "quick question about my" own device is no questionnaire to ConText; a painful red eye
with worse vision after eye surgery or an eye injection (RCOphth: endophthalmitis). Alarms removed: a
breath-holding spell set off by anger or upset, and "grow out of it" read as no drowsiness (NICE CKS); a
newborn girl's bleed "from the front, not the bottom" (pseudomenses); the vision greying before a faint
(NICE CG109 prodrome); a baby's age told in months or a year ("baby 1 year"), so her crying pulse is read
against her age (NICE NG51); a child's few contraceptive pills (TOXBASE: low toxicity); "never fainted"
as a denial; an old stroke told years back with nothing new (NICE NG128); a respiratory team's target
read as no breathing rate (BTS O2 guideline); chest pain "comfortable at rest" is no rest pain. One item
of an older set moved with them, to its label: triage_blind_chat.yaml's old stroke with weakness "since
then" is now calm.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind44_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind44_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
    ("triage_blind45_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind45_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind44_45_floors(name: str, recall_floor: float, alarm_ceiling: float,
                           calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
