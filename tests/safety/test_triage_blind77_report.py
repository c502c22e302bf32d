"""Record of blind triage set 77 (src/medgate/safety/data/triage_blind77_*.yaml, issue 17).

Written in the twenty-fourth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a cardiology and heart-failure nurse line, a school nurses' and
childminders' helpline, and an out-of-hours dental and mouth service, from England, Nigeria, Bangladesh, Peru,
the US, Malaysia, Ireland and South Africa. Held back outside the repository, unread, until every change of
the session was merged, then scored once at dbce3e7 and once with the session's starting screen (18b95a8):
the same, item for item. Recorded, not tuned (rules + findings):

    triage_blind77_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     10/10 = 1.00   (quiet 9/9)
      urgent -> emergent       0/5
      look-alike -> emergent   0/15
    triage_blind77_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     15/15 = 1.00   (quiet 14/14)
      non-emergent, self-care  1/30 emergent

The alarm: a panic attack in someone with diagnosed panic disorder (racing heart, tingling, a tight chest and
a sense she was going to die, settled in 15 minutes as before, a normal ECG last month; self-care) read
emergent. Other levels: a heart-failure patient's 2 kg gain in three days with puffier ankles, known AF running
at 120-130 on a smartwatch, light-headedness on standing after a ramipril increase with a pressure of 96/58,
and asthma that settled after salbutamol read routine (labelled urgent); a three-year-old's earache with a
fever that settles on ibuprofen read urgent (labelled self-care).

The learned layer (medgate.safety.learned), trained on sets 1-76 before this was read, alone read 7/10 and
13/15 emergencies with 0/15 and 0/30 alarms.

After a round on this set (tests/safety/test_general_rules_77.py, each shape in other words): exercises done to
calm down ("breathing", "relaxation", "grounding" exercises) are no exertion, so the settled panic attack no
longer reads chest pain with exertion (sweating, radiation, breathlessness at rest, a low pressure and exercise
itself still fire); known AF at a resting rate over 110 is same-day (NICE CKS AF), a rate told by its decade
("HR 120s") read as its floor; heart failure's fluid gain told as puffier ankles and the team as "HF nurse" /
"HF clinic" is same-day (NICE NG106); light-headedness on standing with a systolic of 100 or under after an ACE
inhibitor, sartan or diuretic rise is same-day (NICE NG106 / BNF); a child's earache whose fever settles on a
painkiller while eating and playing is self-care (NICE NG91), not playing, a discharge or a fever not settling
still same-day. Now chat 10/10 with 0/15 alarms and every level right, clinical 15/15 with 0/30 alarms (old
sets: two urgent levels more right, 40 and 50, none worse). Left: the child's asthma attack at a peak flow
under 75% of best needing 6 puffs (BTS/SIGN moderate attack, urgent) still reads routine: its ratio needs two
numbers read together (a peak flow and a best), a new reading rather than a regex, not done in the time; the
learned layer's quiet misses were not looked at.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind77_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind77_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind77_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
