"""Record of blind triage set 79 (src/medgate/safety/data/triage_blind79_*.yaml, issue 17).

Written in the twenty-fifth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a diabetes specialist nurse line, a maternity triage phone line
and an eye casualty line, from England, Ghana, India, Colombia, Canada, Indonesia, Scotland and Australia.
Held back outside the repository, unread, until every triage change of the session was merged, then scored
once at cc7fa75 and once with the session's starting screen (e80be12): the same, item for item. Recorded,
not tuned (rules + findings):

    triage_blind79_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     9/10 = 0.90    (quiet 8/9)
      urgent -> emergent       1/5
      look-alike -> emergent   1/15
    triage_blind79_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     13/15 = 0.87   (quiet 12/14)
      non-emergent, self-care  0/30 emergent

Missed: sepsis after a caesarean told by a mother at home (shivering, 39.4, a watch's pulse of 132, a
smelling, leaking wound, "spaced out and wobbly when I stand") read urgent; in the clinical file a child's
orbital cellulitis (lids swollen after a blocked nose, the eye pushed forward, painful restricted movements,
acuity down, 39.1) and a penetrating eye injury from hammering steel (a peaked pupil drawn to a corneal mark, a
shallow anterior chamber, "only mild discomfort") read urgent. Alarm: the show at 39 weeks (mucus streaked
with pink and brown blood, no fresh bleeding, waters intact) read emergent; waters broken at term with no
contractions (urgent) read emergent. Other levels: a treated hypo now 7.4 read urgent (routine); new flashes
and a floater in a myope with no shadow read routine (urgent: same-day retinal check); a painless neuropathic
foot ulcer without infection read routine (urgent: same-day foot team, NICE NG19); stable exertional angina
for three weeks read urgent (routine, as set 76's); shin cellulitis in a well man read routine (urgent).

The learned layer (medgate.safety.learned), trained on sets 1-78 before this was read, alone read 7/10 and
14/15 emergencies with 0/15 and 0/30 alarms.

After a round on this set in the twenty-sixth session (tests/safety/test_general_rules_79.py, each shape in
other words): a heart rate told as an idiom with a device's figure in brackets is read (so a pulse over 130 after
a birth with fever meets the maternal sepsis rule, NICE NG51); lids swollen and an eye that "sits forward" count
towards orbital cellulitis; a peaked or irregular pupil, a shallow chamber or a positive Seidel test after a
projectile or hammering is an open globe, emergent (RCOphth); new floaters and flashes told by likeness are
urgent; the show at term (mucus streaked pink or brown, no fresh bleeding) stops the bleeding-after-20-weeks rule,
and waters broken after 20 weeks are urgent (NICE NG235), a cord or blood with them still emergent; a hypo over
when a later reading is told; a diabetic's foot ulcer urgent (NICE NG19). Now chat 10/10 with 0/15 alarms,
clinical 15/15 with 0/30 (not unseen). Left: stable exertional angina (routine here, urgent in sets 13, 22, 23
and 34: the labels disagree) and shin cellulitis in a well man told with "without diabetes" (the negation's
scope runs on).
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind79_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind79_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind79_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
