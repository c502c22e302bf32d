"""Record of blind triage set 76 (src/medgate/safety/data/triage_blind76_*.yaml, issue 17).

Written in the twenty-fourth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a travel-medicine and vaccination clinic's inbox, a care-home
nurses' advice line and a student health service, from Scotland, Ghana, Pakistan, Mexico, the US, the
Philippines, Germany and Australia. Scored at once on 2026-12-05 at 18b95a8 (the twenty-third session's
main). Recorded, not tuned (rules + findings):

    triage_blind76_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     8/10 = 0.80    (quiet 7/9)
      urgent -> emergent       0/5
      look-alike -> emergent   1/15
    triage_blind76_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     15/15 = 1.00   (quiet 13/13)
      non-emergent, self-care  2/30 emergent

Missed in the chats: pre-eclampsia at 34 weeks told half in Spanish (a severe headache paracetamol does
not touch, flashing lights, face and hands swollen, a pharmacy blood pressure of 164/112, pain under the
right ribs, "can i wait until monday?"); an Australian snakebite in the long grass (two puncture marks,
"doesnt even hurt much", sick, vision blurry, "prob just the heat"). Alarms: a 15-year-old's faint with a
few jerks straight after her HPV vaccine, recovered in under half a minute (chat), and the same in
clinician language (self-care); dengue-like fever after Thailand with normal observations (non-emergent,
urgent) read emergent. Other levels: cellulitis of a diabetic's shin with normal observations and a macaque
bite needing rabies vaccine read routine (labelled urgent); stable exertional angina for six weeks read
urgent (labelled routine, a rapid-access referral); a dead arm after sleeping on it, recovered, read urgent.

The learned layer (medgate.safety.learned), trained on sets 1-75 before this was read, alone read 10/10 and
15/15 emergencies with 1/15 and 0/30 alarms.

After a round on this set (test_general_rules_76.py, each shape in other words with near misses), rules +
findings read chat 10/10 (quiet 9/9) with 0/15 alarms and clinical 15/15 with 0/30. What changed: a pregnancy
told in Spanish or Portuguese by the verb alone ("estoy de 34 semanas", "tengo 31 semanas", "estou com 36
semanas") is a gestation, a number after an accented word ("presión salió 166/104") is read, and sight told in
those languages ("veo lucecitas", "visão embaçada") is pre-eclampsia's; a bite felt but not seen with a snake
seen ("something got my ankle ... saw a snake", "two small marks") is a suspected snake bite, a bite denied is
none, and a kept harmless snake's bite is urgent unless envenomation shows; a faint at a jab with a few jerks,
come round within a minute, is a reflex faint (no child's fit, no anaphylaxis shock); a febrile traveller
"drinking well" is well in themselves (urgent), emergent again with a WHO dengue warning sign; a limb red, hot
and swollen is cellulitis (urgent), a town before its country is abroad for a rabies exposure (urgent), and a
limb "dead and floppy" is no drowsiness. Over every level set nothing went from right to wrong; two other sets'
errors were righted on the way (set 26's dengue-like fever after Manaus, set 40's abuela). Left: stable
exertional chest tightness for six weeks still reads urgent (labelled routine, NICE CG95 rapid-access clinic):
the rule that makes exertional pain settling with rest urgent serves new-onset angina too, and telling "stable
for weeks" from "new" in words was not attempted in this round. A hand told "dead and floppy" after being slept
on still fires the stroke rule's one-sided weakness (a pressure palsy is not told from a TIA by words here).
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind76_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind76_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind76_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
