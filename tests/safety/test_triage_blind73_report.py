"""Record of blind triage set 73 (src/medgate/safety/data/triage_blind73_*.yaml, issue 17).

Written in the twenty-second session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a general-practice patient portal, a pharmacy advice line and
an urgent-care centre's text service, from Scotland, India, Nigeria, Brazil, the US, South Africa, Vietnam
and Canada. Scored at once on 2026-12-05 at a732626 (the session's set 71 round merged). Recorded, not tuned
(rules + findings):

    triage_blind73_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     9/10 = 0.90    (quiet 8/9)
      urgent -> emergent       0/5
      look-alike -> emergent   0/15
    triage_blind73_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  1/30 emergent

Missed: a stroke told in Scots by a husband ("gone a bit squint on the left side of her face since her
tea", "her words are coming out all mushed", "she cannae hold her cup right"), his wife saying she is
only tired. Alarm: passive thoughts that it "would be easier not to wake up" with no plan, no intent and
a safety plan agreed (a shape earlier writers label both ways; this one urgent). Other levels: a
contact-lens wearer's painful red eye with light sensitivity after sleeping in the lenses (urgent; read
routine), a first attack of gout (urgent; read routine), seasonal itchy red eyes with no pain and no
light sensitivity (routine; read urgent).

The learned layer (medgate.safety.learned), trained on sets 1-71 before this was read, alone read 10/10 and
15/15 emergencies with 0/15 and 0/30 alarms.

After a round on this set (tests/safety/test_general_rules_73.py, issue 17), rules + findings read chat
10/10 with 0/15 alarms and clinical 15/15 with 0/30, and every level right. What changed: a face's droop
word told before its side ("squint on the left side of her face") and "has gone a bit squint" no longer
read as a sign gone away; words "coming out mushed" as a speech sign (not after a dental numbing); a grip
lost "on the left side"; the Scots negatives ("isnae", "hasnae", "disnae", "didnae") read as negations; a
lens wearer told by the lenses' wear ("monthly contacts", "slept in my contacts"), "light sensitivity" and
an eye that can "barely look at the light" as photophobia, a smeary vision as blurred, and "does not wear
contact lenses" as a denial; a hot, swollen big-toe joint with an adverb or a hyphen ("extremely tender right
big-toe joint"); and "has not self-harmed" as a denial, which was the alarm: the passive wish not to wake up
with no plan, no intent and a protective factor was already read urgent (NICE NG225), only the denied act
had fired. The same fixes put right five level errors in earlier sets (7, 8, 19, 24, 67), none made wrong.
Nothing left on this set.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind73_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind73_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind73_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
