"""Record of blind triage set 81 (src/medgate/safety/data/triage_blind81_*.yaml, issue 17).

Written in the twenty-sixth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a children's emergency department phone advice line, a
travel-health line for people already abroad and an occupational-health service for factory, farm and
construction workers, from England, Ireland, South Africa, Brazil, Vietnam, the US, New Zealand and Egypt.
Held back outside the repository, unread (its writer reported counts only), until every triage change of the
session was merged, then scored once at 789a328 and once with the session's starting screen (476191b).
Recorded, not tuned (rules + findings):

    triage_blind81_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     8/10 = 0.80    (quiet 7/9)
      urgent -> emergent       0/5            (1/5 on the starting screen)
      look-alike -> emergent   1/15
    triage_blind81_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     13/15 = 0.87   (quiet 12/14)
      non-emergent, self-care  0/30 emergent

The same item for item on the starting screen but one: a gaping palm cut from fence wire with the bleeding
stopped and "cant remember my last tetanus jab" (urgent) read emergent there and urgent here — set 80, written
at the same time by another colleague, held nearly the same message, and the round on set 80 fixed what misread
it (a forgotten tetanus date taken for new confusion); so that one item is not unseen. Missed: dengue's
critical phase told as good news (four days of fever that "finally broke", then pain under the right ribs,
vomiting four times, bleeding gums, lying on the bed) and a husband's heart attack told as indigestion ("like a
weight sitting on him", grey and sweaty, the left arm aching, Gaviscon no better, "would a Rennie be better?")
in the chats; carbon monoxide from a gas heater run overnight in a shut cabin (a family's throbbing headaches and
nausea, a dozy child who vomited, the dog not getting up, all better outside) and a scaffolder's suicide warning
signs (tools and dog given away, debts paid back, "keep an eye on the kids for me", calm for the first time) in
the clinical file. Alarm: a 5-day-old girl's pink spot in the nappy with a white discharge (neonatal
withdrawal bleeding, feeding and weeing well) read emergent. Other levels: an older man's cystitis with no
red flags, shingles on the chest sparing the eye and a child's wrist after a fall on the outstretched hand
(no deformity) read routine (urgent).

The learned layer (medgate.safety.learned), trained on sets 1-80 before this was read, alone read 10/10 and
15/15 emergencies with 0/15 and 0/30 alarms.

After a round on this set in the same session (tests/safety/test_general_rules_81.py, each shape in other
words): "sem / sin / sans" before a fever word a denial (the newborn's alarm came from "sem febre" read as a
fever under three months); a fever that broke, in a traveller, with bleeding gums or repeated vomiting, emergent
(WHO 2009 dengue warning signs); an arm or jaw "aching" a pain's spread (NICE CG95); a heater, stove or
generator run with the windows shut a closed fuel source, a household woken ill together, a dog that will not
get up (NICE CKS carbon monoxide); "keep an eye on the kids for me" a farewell, debts paid back affairs put in
order, "calm for the first time" sudden calm (AFSP, two kinds still needed); a grown man's cystitis urgent (NICE
NG109); blisters in a band shingles; a sore, swollen wrist after a fall onto the hand a fracture sign. Now chat
10/10 with 0/15 alarms, clinical 15/15 with 0/30, no level error (not unseen).
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind81_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind81_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind81_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
