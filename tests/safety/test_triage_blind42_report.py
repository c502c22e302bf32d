"""Record of blind triage sets 42 and 43 (src/medgate/safety/data/triage_blind4{2,3}_*.yaml, issue 17).

Written by two colleagues at once in the eleventh session, to the blind brief with a flavour each,
and HELD BACK: kept out of the repository until every change of the session was in (sets 40-41's
round and the fixes after it), then scored once on 2026-12-03 at 8da36ae. Set 42's flavour: adults
of working age in their own words (work injuries and exposures, mental health and substance use,
sexual health, pregnancy and just after birth, sport and travel), emergencies told in denial or in a
hurry; look-alikes with frightening but benign sensations and alarm words used casually. Set 43's:
messages passed on by someone else and records written by other professionals (a pharmacist, a care
worker, a teacher, a receptionist, a paramedic, a community health worker, a translator), rural and
far from care, findings and course more than alarm words. Recorded, not tuned (rules + findings):

    triage_blind42_chat.yaml (30 messages; 8 of the 10 emergencies quiet)
      emergent -> emergent     7/10 = 0.70   (quiet 5/8)
      urgent -> emergent       0/5           (at least urgent 3/5)
      look-alike -> emergent   2/15 = 0.13
    triage_blind42_clinical.yaml (45 vignettes; 13 of 15 quiet)
      emergent -> emergent     13/15 = 0.87
      non-emergent, self-care  0/30 emergent (false alarms 0.00)
    triage_blind43_chat.yaml (30 messages; 9 of 10 quiet)
      emergent -> emergent     7/10 = 0.70   (quiet 6/9)
      urgent -> emergent       0/5           (at least urgent 5/5)
      look-alike -> emergent   1/15 = 0.07
    triage_blind43_clinical.yaml (45 vignettes; 14 of 15 quiet)
      emergent -> emergent     13/15 = 0.87
      non-emergent, self-care  0/30 emergent (false alarms 0.00)

Missed: postpartum pre-eclampsia told as a headache with sparkly lights six days after birth; a fall
of 3 m from scaffolding, driven home, now pale; a pharmacist's message about a woman at 34 weeks with
headache and visual signs; a hydrofluoric acid splash on the fingers; a crush of the forearm between
rollers five hours ago (compartment syndrome); decompression illness after a rapid ascent; a 5-week-old
in a village three hours from care (a CHW's message); a man of 58 at a rural reception asking for something for indigestion,
a heaviness "in the middle" going to his jaw and left arm, grey and sweating (no word "chest"); a bereaved, redundant man's sister on the phone; a 3-week-old vomiting
(a translator's summary, read urgent). Alarms: black stools on iron in pregnancy; a third panic
attack on the tube; a care worker new to a man whose facial droop and weak arm are from an old stroke.

The learned layer (medgate.safety.learned), trained on sets 1-41 and PHI sets 1-48 before these were
read, alone read 47/50 emergencies and called none of the 140 other cases emergent; rules + findings +
learned: 9/10, 14/15, 10/10, 14/15 with the rules' alarms only. Its misses: the hydrofluoric acid
splash (p 0.47), the forearm crush (0.48), the translator's 3-week-old (0.54).

After general fixes (not unseen): rules + findings, scored again on 2026-12-03 after the rules of
tests/safety/test_general_rules_42.py (each written and tested in other words than the sets use):

    triage_blind42_chat.yaml (30 messages)
      emergent -> emergent     10/10 = 1.00
      urgent -> emergent       0/5           (at least urgent 3/5)
      look-alike -> emergent   0/15 = 0.00
    triage_blind42_clinical.yaml (45 vignettes)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  0/30 emergent (false alarms 0.00)
    triage_blind43_chat.yaml (30 messages)
      emergent -> emergent     10/10 = 1.00
      urgent -> emergent       0/5           (at least urgent 5/5)
      look-alike -> emergent   0/15 = 0.00
    triage_blind43_clinical.yaml (45 vignettes)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  0/30 emergent (false alarms 0.00)

Fixed: pain going to the jaw or left arm with sweating or greyness, whatever the site is called (NICE CG95
1.1.1); a BP of 160/110 or more beside a baby days or weeks old (postpartum pre-eclampsia, NICE NG133 1.7)
and a gestation told "N weeks with her first"; a findings group for hidden harms of work, sport and diving:
hydrofluoric acid on the skin (TOXBASE), a crushed or trapped limb with compartment signs (BOAST 10),
neurological or joint signs after a dive (UK Diving Medical Committee / DAN), a fall over 3 m or from a roof
or scaffold with pain or shock signs (NICE NG41); a baby's age in shorthand ("baby boy 5 weeks") so NICE
NG143's fever under 3 months applies, and green vomit told by a likeness (NICE CG84); AFSP warning signs
told by a relative (passwords handed over, borrowed things returned, several people's tablets gathered,
"you won't have to worry about me"). Alarms removed: bleeding named only as what black stools might mean;
a recurring panic attack that has passed with normal tests (NICE CKS panic disorder); an old stroke's
deficit told unchanged (NICE NG128 looks for a sudden new sign).
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind42_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind42_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
    ("triage_blind43_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind43_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind42_43_floors(name: str, recall_floor: float, alarm_ceiling: float,
                           calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
