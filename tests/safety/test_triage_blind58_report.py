"""Record of blind triage set 58 (src/medgate/safety/data/triage_blind58_*.yaml, issue 17).

Written at the start of the sixteenth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: the ordinary mix a general symptom checker receives, all
ages and both sexes, from the US, UK, South Africa, Pakistan, New Zealand, Canada, Brazil and Ireland; the
clinical file told as the published symptom-checker studies did. Held back — kept out of the repository
and unread — until every triage change of the session was in (the round on set 57), then scored once, as
written, on 2026-12-04 at 9b79fb0. Recorded, not tuned (rules + findings):

    triage_blind58_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     9/10 = 0.90    (quiet 8/9)
      urgent -> emergent       0/5            (at least urgent 5/5)
      look-alike -> emergent   0/15 = 0.00
    triage_blind58_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  2/30 emergent (false alarms 0.07)

Missed: black tarry stools since yesterday in a 76-year-old on apixaban and ibuprofen who went grey and
sweaty and slid down the wall on standing (an upper GI bleed with a faint). Alarms: a toddler's croup with
stridor only when crying and no recession at rest (writer urgent), and a COPD exacerbation with SpO2 92 %
against a usual 91-93 %, speaking in full sentences (writer urgent). Other levels: a 15-year-old's passive
thoughts that life is not worth it, no plan and no self-harm (urgent) read routine; a 3-year-old's one-day
earache with 38.6 °C, alert and drinking (self-care) read urgent. The screen of the session's start
(bd7a8aa) read the set the same, item for item: the round on set 57 carried nothing to it.

The learned layer (medgate.safety.learned), trained on sets 1-57 before this was read, alone read 10/10 and
15/15 emergencies and called 2 of the 45 other cases emergent; rules + findings + learned 10/10 and 15/15
with 0/15 and 4/30.

After the round on this set (test_general_rules_58.py, each rule in other words with its near misses): black,
tarry stools with shock or a faint told in lay words ("grey and sweaty", "pale and clammy", "slid down the
wall", "came round after a few seconds", "collapsed") is an upper GI bleed with syncope, emergent (NICE
CG141; Glasgow-Blatchford), and melaena alone, unless iron or bismuth is told, is now urgent, not routine;
stridor told as heard only when the child cries or is upset with a verb between ("is heard only when he
cries", "was audible only while she was crying") is mild croup (Westley; NICE CKS), stridor at rest still
fires; a breathing rate of 21-24 alone with worsening breathlessness no longer fires where the person's own
usual saturation is told (COPD, NICE NG115 / BTS 2017), below the usual or unable to finish sentences still
does; "life is not worth it / living" with a plan denied is urgent (NICE NG225). Now chat 10/10 with 0/15
alarms (urgent 5/5), clinical 15/15 with 0/30, not unseen; every other set reads item for item as before.
Left: the 3-year-old's one-day earache with fever, alert and drinking (self-care, NICE NG91) still reads
urgent, as earache with any fever does. Calming earache with fever in a child told drinking well was tried:
it put this and four earlier self-care earaches right but read five others urgent as written routine (a
2-year-old, three days not improving, a bulging drum, two chat messages told in the same words as this
one), so it was dropped: the writers disagree on the plain case.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind58_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind58_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind58_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
