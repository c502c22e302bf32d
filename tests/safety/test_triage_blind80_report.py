"""Record of blind triage set 80 (src/medgate/safety/data/triage_blind80_*.yaml, issue 17).

Written in the twenty-sixth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a kidney and dialysis unit's patient line, a university student
health service and a rural telehealth service (Kenya, northern Canada, outback Australia), with messages from
the US, Wales, the Philippines, Mexico and Pakistan. Scored at once on 2026-12-06 at 476191b (the
twenty-fifth session's main). Recorded, not tuned (rules + findings):

    triage_blind80_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     7/10 = 0.70    (quiet 6/9)
      urgent -> emergent       1/5
      look-alike -> emergent   0/15
    triage_blind80_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     15/15 = 1.00   (quiet 14/14)
      non-emergent, self-care  0/30 emergent

Missed, all in the chats: high potassium after a missed dialysis session (legs "heavy like rubber", a watch's
pulse of 41 that feels "slow and bumpy", last K 6.3, asking to wait for the next session) read urgent; carbon
monoxide from a generator run in a shut porch (a family with pounding heads and nausea at once, a drowsy child
hard to keep awake, the dog not getting up, called "a flu going round") read routine; a snakebite in the
outback with drooping eyelids and double vision forty minutes later ("reckon it's just the heat") read routine.
Alarm among the urgent: a gaping 3 cm palm cut from fencing wire, bleeding stopped, read emergent. Other
levels: a 4-year-old's third day of fever at 38.9 in a malaria area with no test to hand read routine
(urgent); a normal 140 mg/dL two hours after lunch read urgent; a weaker fistula thrill, a BP of 144/92 at 31
weeks with no symptoms and frostbite blisters after rewarming read routine (urgent).

The learned layer (medgate.safety.learned), trained on sets 1-79 before this was read, alone read 9/10 and
15/15 emergencies with 0/15 and 0/30 alarms (it missed the snakebite).

After a round on this set (tests/safety/test_general_rules_80.py, each shape in other words): dialysis told by
the unit's timetable ("the tue/thu/sat chair", "on HD"), a slow or bumpy heartbeat as a potassium sign (UKKA
2020), a fistula's weaker buzz urgent; a household's symptoms in lay words ("pounding heads", "dozy", "hard to
keep awake") with a fuel burned in a closed space (NICE CKS carbon monoxide); a bite or sting, the biter unseen,
then drooping lids, double vision or trouble swallowing, emergent (ARC 9.4.1), small biters excluded; "can't
remember my last tetanus jab" no new confusion; an age told between a vital's name and a number not its value;
fever with no malaria test to hand urgent (WHO 2023); a booking BP a baseline (NICE NG133); snowmobiles and wet
gloves a frostbite setting. Now chat 10/10 with 0/15 alarms and no level error, clinical 15/15 with 0/30 and no
level error (not unseen).
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind80_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind80_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind80_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
