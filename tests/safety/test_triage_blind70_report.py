"""Record of blind triage set 70 (src/medgate/safety/data/triage_blind70_*.yaml, issue 17).

Written in the twenty-first session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a telehealth line for older people living alone and their
families, a university student health service and an emergency department's waiting-room re-triage, from
England, the US, Kenya, Vietnam, Canada, Greece, Australia and Argentina. Scored at once on 2026-12-05 at
7b1ee23 (the set 68 round merged). Recorded, not tuned (rules + findings):

    triage_blind70_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     9/10 = 0.90    (quiet 8/9)
      urgent -> emergent       1/5
      look-alike -> emergent   3/15 = 0.20
    triage_blind70_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  0/30 emergent

The same with the session's starting screen (69cfca3), item for item. Missed: a type 1 diabetic flatmate
back from drinking without food, sweaty, pale, talking rubbish and hard to keep awake, to be left "to sleep
it off" (hypoglycaemia). Alarms: a panic attack told as "like I was having a heart attack", settled with
slow breathing; a child's nosebleed, "blood EVERYWHERE", stopped with pressure forty minutes ago; a
four-day-old's blue hands and feet with pink lips and tongue (acrocyanosis). Other levels: a swollen calf
after a long flight on the pill with normal breathing (urgent; read emergent), an infected dog bite on the
hand (urgent; read routine), spotting with a pregnancy already seen in the womb (routine; read urgent: one
of the shapes earlier sets label both ways).

The learned layer (medgate.safety.learned), trained on sets 1-68 before this was read, alone read 10/10 and
15/15 emergencies with 0/15 and 0/30 alarms.

After a round on this set (branch tri70, tests/safety/test_general_rules_70.py, each shape in other words with
its near misses): a hypo told by its signs with no reading, on insulin or a sulfonylurea (drowsy; "talking
<intensifier> rubbish", not "talking rubbish about" a subject; kept awake only with effort, "we can barely keep
him awake"); a past episode likened to a heart attack ("like I was having a heart attack") no longer names one,
a present simile still does; a bleed stopped with pressure with its minutes told between ("and after about 10
min it stopped"); a trunk that "is warm" is no fever word; a swollen calf with the breathing told normal is a
suspected DVT without PE signs (urgent; four older sets' urgent calves too); a dog by its breed name that "bit
my hand". Now chat 10/10 with 0/15 alarms and all 5 urgent at their level; clinical 15/15 with 0/30. Left:
the spotting with a pregnancy seen in the womb (labelled both ways by writers); blue fingers (not hands) in a
newborn still read as cyanosis by the breathing group's "fingers ... blue" pattern, even with pink lips.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind70_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind70_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind70_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
