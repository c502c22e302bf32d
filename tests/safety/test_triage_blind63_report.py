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

After the round on this set (test_general_rules_63.py, each rule in other words with its near misses): a
birth told as "had bub 6 days ago" is postpartum, and a relative's cuff lent to the mother ("hubby's mum had
a BP cuff and it says 164/109") gives her reading, not a family history (NICE NG133); an organophosphate by
its agent's name with spit running from the mouth, pupils "gone tiny", sweating "like mad" or muscles
jumping is the cholinergic toxidrome (WHO / TOXBASE); the chest told as "the front of me" is chest pain (the
miner's pain read nothing because no chest word was written and the site-free jaw/arm rule allows no comma
between the pain and its spread; NICE CG95); a baby "swapped" by someone, rapid speech and ideas jumping
between topics are postpartum psychosis's signs (NICE CG192); a nursing mother's inflamed breast makes the
fever hers, not her young baby's (the 3-week-old's age had fired the sepsis and NICE NG143 infant-fever
rules; NICE CKS mastitis); HIV exposure within 72 hours with a source known positive, or receptive anal sex
without a condom, is urgent (BASHH PEPSE 2021), and a mammal's bite or scratch abroad is urgent rabies care
(UKHSA 2024); a contraceptive pill taken twice called an overdose is no poisoning (TOXBASE, FSRH); "Last
year ..." at a sentence's start dates its clause; pelvic pain with cervical motion tenderness, or deep
dyspareunia with a purulent discharge or bleeding after sex, is urgent (BASHH 2019); renal colic brought down
to mild by an NSAID is the same day's, not sudden severe pain's emergency, except from 60 (NICE CKS renal
colic); an itchy swelling round a sting is a large local reaction (NICE CKS insect bites and stings); "not
worse lying down or on straining" denies the headache's red flag. Now chat 10/10 with 0/15 (urgent 5/5 at
least urgent), clinical 15/15 with 0/30, and each of the 75 at its writer's level; not unseen. Elsewhere six
decisions moved, each to its writer's level: three mothers' mastitis read emergent (sets 7, 9 and 37) now
urgent; PID (sets 6 and 49) and receptive anal sex without a condom 20 hours before (set 42) now urgent. No
other level set's decision moved. The renal colic vignette shows nitrites and leucocytes negative, 36.8 °C
and the pain at 3/10: no infection or obstruction for NICE NG118's immediate referral, so urgent, as the
writer said, is kept. Left: the mastitis message still fires NICE NG143's amber "young child" rule on the
baby's age and the mother's shivers (urgent, the level meant, under a child's category).
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind63_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind63_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind63_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
