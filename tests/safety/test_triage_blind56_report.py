"""Record of blind triage set 56 (src/medgate/safety/data/triage_blind56_*.yaml, issue 17).

Written at the start of the fifteenth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a university and college health service plus outdoor and
sports medicine — young adults, sports injuries, alcohol and recreational drugs, mental health, travellers
back from abroad, hikers and climbers, from the US, UK, Australia, Kenya, Canada and Germany; the clinical
file told as a campus clinic or an event's medical tent records its cases. Held back — kept out of the
repository and unread — until every triage change of the session was in (the rounds on sets 54 and 55),
then scored once, as written, on 2026-12-04 at 16bb5af. Recorded, not tuned (rules + findings):

    triage_blind56_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     10/10 = 1.00   (quiet 9/9)
      urgent -> emergent       0/5            (at least urgent 3/5)
      look-alike -> emergent   0/15 = 0.00
    triage_blind56_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     13/15 = 0.87
      non-emergent, self-care  2/30 emergent (false alarms 0.07)

Missed: a tense, shiny shin after a stud injury with pain on passive stretch and numbness (compartment
syndrome), and a collapse mid-sprint with no warning in an 18-year-old with an uncle's sudden death at 35
and a murmur louder on standing (exertional syncope, ESC 2018 high risk). Alarms: a panic attack in an exam
queue, settling, with a normal ECG and three like it before, and a seated reflex faint after a vaccine with
its prodrome, well at 15 minutes. Other levels: an ankle with posterior malleolar tenderness unable to take
four steps and passive thoughts that others would be better off (writer urgent) read routine; a runner's
oxygen of 94-95 % at altitude and sore legs after a first spin class read urgent (writer routine); in the
clinical file a concussion removed from play, a scaphoid injury, relative energy deficiency with
orthostatic change, a fight bite over a knuckle and a periorbital (preseptal) swelling read routine, and
glandular-fever-like tonsillitis, a finish-line collapse that recovered and an athlete's resting pulse of
44 read urgent. The screen of the session's start (00c5966) read the set the same, item for item: the
rounds on sets 54 and 55 carried nothing to it.

The learned layer (medgate.safety.learned), trained on sets 1-55 before this was read, alone read 9/10 and
8/15 emergencies and called none of the 45 other cases emergent; rules + findings + learned as rules +
findings.

After the round (test_general_rules_56.py, each fix in other words than the set's, with near misses): a
collapse told as a drop with its setting ("dropped mid-sprint", "went down during drills") or a recovery
timed in seconds is a faint, exertion reads "mid-sprint" and the like, and an undiagnosed systolic murmur
(ESC 2018 table 5, major) or, with no warning, a young sudden death in the family makes it emergent; a
tense limb after a blow (studs, a kick, a stick, a fracture) with pain on passive stretch, beyond the
injury or despite painkillers, or numbness is a compartment syndrome (BOAST 10), pulses or not. Calm: a
floppiness timed in seconds is the faint's own transient loss (not drowsiness, nor a child's floppiness),
and a recovery told after a list of denials ("no jerking, came round at once") is no longer negated, so a
jab's reflex faint is calm; an ECG read as sinus with normal intervals calms chest tightness with dread
only when the same attacks were had before (a recurrent panic attack) — a first one still fires. Rules +
findings now read chat 10/10 with 0/15 alarms and clinical 15/15 with 0/30 (not unseen). Left: the urgent
cases read routine (a concussion removed from play, a scaphoid injury, a fight bite, a preseptal
cellulitis, relative energy deficiency, the Ottawa ankle) and the over-read urgents (altitude oxygen, spin
class soreness, tonsillitis, finish-line collapse, athlete's bradycardia): no time in this short round.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind56_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind56_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind56_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
