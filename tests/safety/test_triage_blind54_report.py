"""Record of blind triage set 54 (src/medgate/safety/data/triage_blind54_*.yaml, issue 17).

Written at the start of the fourteenth session's second half by a colleague who never saw the screen, to the
blind brief (tests/safety/BLIND_BRIEF.md) with a flavour: the ordinary mix a general symptom checker
receives, all ages and both sexes, from the US, UK, Ireland, Australia, India, Nigeria, Canada and the
Philippines; the clinical file told as the published symptom-checker studies told their cases (one short
paragraph of findings and course, rarely the diagnosis). Held back — kept out of the repository and
unread — until every change of the session was in (the rounds on sets 51, 53, 58 and 60), then scored
once, as written, on 2026-12-04 at 90bc952. Recorded, not tuned (rules + findings):

    triage_blind54_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     10/10 = 1.00   (quiet 9/9)
      urgent -> emergent       0/5            (at least urgent 5/5)
      look-alike -> emergent   0/15 = 0.00
    triage_blind54_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  1/30 emergent (false alarms 0.03)

The alarm: a 19-year-old's faint while standing through a long service in a hot church, unresponsive for
about 15 seconds and alert at once (a simple vasovagal faint; the writer's routine). Other levels: an
Ottawa-negative ankle sprain and a new type 2 diabetes without ketones read urgent (writer: routine); a
sudden one-sided hearing loss told as a blocked ear with a lateralising tuning fork read routine (writer:
urgent, NICE NG98). The screen of the session's start (8987738) read the set 9/10 and 15/15 with 0/15 and
2/30 alarms: it missed a teenager's 24 paracetamol taken over a night and a morning, asked at one remove
("if someone took ..."), which set 51's round now reads, and also took a stable exertional angina "never at
rest" for an emergency, which set 53's round's denial now reads.

The learned layer (medgate.safety.learned), trained on sets 1-53 and PHI sets 1-60 before this was read,
alone read 25/25 emergencies and called none of the 45 other cases emergent; rules + findings + learned:
10/10 and 15/15 with 0/15 and 1/30 alarms.

After general fixes (not unseen): rules + findings 10/10 (quiet 9/9, at least urgent 5/5) with 0/15 alarms
and 15/15 with 0/30 alarms, the ear urgent and the sprain routine as written. A loss of consciousness timed
in seconds ("unresponsive for about 15 seconds", "out cold for a few seconds") is a faint's transient loss
(ESC 2018 T-LOC), not a reduced level of consciousness (findings/syncope.py FOR_SECONDS), so a reflex faint
with its prodrome reads routine; a faint on exertion, lying down, after palpitations (a heart that "raced"
now read), with chest pain or breathlessness, or in known structural or coronary heart disease stays
emergent (ESC 2018 table 5), one with the head struck is a head injury with a loss of consciousness (NICE
NG232), one without warning is urgent (NICE CG109 1.1.4). One ear "feeling blocked and sounds muffled" or
a tuning fork on the forehead heard louder on one side is one-sided hearing loss, urgent when sudden (NICE
NG98). An ankle just injured ("went over on", "landed awkwardly on her right ankle") that swells is no hot
swollen joint: the Ottawa rules decide, their bony tenderness now read in lay words ("the bony bit on the
outside is really tender"). Exertional chest pain settling "within a minute or two" or "30 seconds" of
stopping settles with rest (NICE CG95 rapid-access clinic; at rest, a crescendo or twenty minutes still
emergent). Other sets: no item lost its level; set 41's sprain and a dev-set sprain now read routine and set
42's ankle that could not take four steps urgent, as written. Left: the new diabetes without ketones reads
urgent (the writer's routine; at 49 with osmotic symptoms NICE NG17 still lists age under 50 among the
features of type 1, so a same-day look is defensible); a faint with a family history of sudden death has no
rule yet (NICE CG109 asks for a 24-hour referral; ConText files such a history as the family's). Tests in
other words: tests/safety/test_general_rules_54.py.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind54_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind54_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind54_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
