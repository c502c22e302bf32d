"""Record of blind triage set 61 (src/medgate/safety/data/triage_blind61_*.yaml, issue 17).

Written at the start of the eighteenth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a school nurse, a sports-club first-aider and a rural GP's
telephone list (children and teenagers, athletes, farm and outdoor workers, travellers, pregnant women,
older adults living alone) from Scotland, the US, Canada, South Africa, India, Australia, Uganda and Wales,
many told by parents, coaches or neighbours; the clinical file told as the published symptom-checker
studies did. Scored once, as written, on 2026-12-05 at 31e75e3, before any change. Recorded, not tuned
(rules + findings):

    triage_blind61_chat.yaml (30 messages; 8 of the 10 emergencies quiet)
      emergent -> emergent     8/10 = 0.80    (quiet 6/8)
      urgent -> emergent       0/5            (at least urgent 4/5)
      look-alike -> emergent   1/15 = 0.07
    triage_blind61_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  1/30 emergent (false alarms 0.03)

Missed: a Ugandan 3-year-old with days of fever who will not drink, vomits everything and, woken, "just
looks at me and sleeps again" (read urgent: NICE NG143 red, does not stay awake when roused); a 67-year-old
diabetic woman sweating for an hour with "gas" in the upper stomach, jaw pain and breathlessness walking to
the bathroom (read nothing: an acute coronary syndrome without chest pain, AHA/ACC 2021). Alarms: a
2-year-old's breath-holding spell after a tantrum ("screamed, then held her breath and went a bit blue
round the lips"), told in the past tense the breath-holding reading did not know; an 8-year-old's
tonsillitis "talking normally and not drooling" (the denial in a list not read). Other levels: a UTI in
pregnancy told "stings like mad when I wee" (urgent, read routine); a 19-week round-ligament pull "down to
the groin" (routine, read urgent as renal colic); a 15-year-old's self-harm with no wish to die and no plan
(urgent, read routine); a 4-year-old's earache with 38.1 °C (routine, read urgent).

The learned layer (medgate.safety.learned), trained on sets 1-60 before this was read, alone read 10/10 and
15/15 emergencies with 0/15 and 0/30 alarms.

After the round on this set (test_general_rules_61.py, each rule in other words with its near misses): a
young child roused who falls asleep again at once is NG143's red "does not stay awake"; an anginal
equivalent (jaw, shoulders, upper stomach) with sweating and breathlessness is a coronary syndrome as it was
with sweating and nausea; "screamed, then held her breath" is a breath-holding spell; "not drooling",
"not dribbling", "not wheezing" in a list deny the sign; the side of the lower tummy is not the flank of
renal colic; a pain's strength between it and the wee ("stings like mad when I wee") keeps the urinary
symptom; self-harm told as an act ("she cuts when stressed") is self-harm, an emergency unless a wish to die
is denied in words ("no wish to die", "doesn't want to die"), then urgent (NICE NG225: a same-day
psychosocial assessment), with any plan or means still an emergency; "doesn't want to die" is no longer
read as the wish. Now chat 10/10 with 0/15 alarms (urgent 5/5), clinical 15/15 with 0/30, not unseen; no
decision on any other level set moved. Left: the 8-year-old's exudative tonsillitis with fever reads urgent
(NICE NG84 FeverPAIN: a clinician's antibiotic decision; the writer said routine) and the 4-year-old's
earache with fever reads urgent (writers split on a child's earache with fever).
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind61_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind61_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind61_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
