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

After a round on this set (tests/safety/test_general_rules_77.py, each shape in other words): thoughts of
ending one's life told of someone else ("thinking about ending his life", "contemplating ending her life") are
read as the first person's are, emergent, urgent with a plan denied, nothing when denied ("never thought
about"); a gun told after it ("the shotgun he keeps in the shed") is a firearm at hand, and affairs "sorted"
without "in order" a final arrangement (still needing a second kind of sign); a period "delayed" (Indian and
Philippine English, Taglish "delayed na mens", "delay ang regla"), pain "masakit ... puson / tiyan", "nahilo",
"nahimatay", "nag-blackout" and the "tip ng shoulder" / "dulo ng balikat" are read; the Ottawa rules' bone at
the back or tip of the ankle in lay words and "cannot walk 4 steps" are read. Now chat 10/10 with 0/15 alarms
and the ankle urgent, clinical 15/15 with 0/30. Left: nothing on this set.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind78_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind78_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind78_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
