"""Record of blind triage set 78 (src/medgate/safety/data/triage_blind78_*.yaml, issue 17).

Written in the twenty-fifth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a community pharmacy advice line, a sports-injury and
physiotherapy clinic, and a travel and expedition medicine line, from Scotland, Kenya, Pakistan, Mexico, the
US, the Philippines, Wales and New Zealand. Scored at once on 2026-12-06 at e80be12 (the twenty-fourth
session's main). Recorded, not tuned (rules + findings):

    triage_blind78_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     9/10 = 0.90    (quiet 8/9)
      urgent -> emergent       0/5
      look-alike -> emergent   0/15
    triage_blind78_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     14/15 = 0.93   (quiet 14/14)
      non-emergent, self-care  0/30 emergent

Missed: a suspected ectopic pregnancy told in Taglish (seven weeks late, "hindi pa ako nag PT", one-sided
lower pain, a blackout in the toilet, pain at the tip of the shoulder, asking about Buscopan) in the chats;
and the one loud clinical emergency, a widowed farmer at a physiotherapy visit who has "sorted his affairs",
given his dog away and thinks of ending his life with the shotgun in his shed. Other levels: an ankle that
cracked, is tender at the back of the outer malleolus and cannot bear four steps (Ottawa rules: X-ray the
same day) read routine (labelled urgent).

The learned layer (medgate.safety.learned), trained on sets 1-77 before this was read, alone read 9/10 and
13/15 emergencies with 1/15 and 0/30 alarms.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind78_clinical.yaml", 14 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind78_chat.yaml", 9 / 10, 0 / 15, ("look-alike",)),
])
def test_blind78_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
