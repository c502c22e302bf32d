"""Record of blind triage set 35 (src/medgate/safety/data/triage_blind35_*.yaml, issue 17).

Written by a colleague at the same time as set 34 and to the same brief (tests/safety/BLIND_BRIEF.md,
format inline, no project file read; this round's emphasis: emergencies told by a third party, pasted
messages, the key fact in the middle of a long message, mixed languages, a casual question hiding the
danger; clinical cases as triage-desk, telephone, GP, out-of-hours and ward records; look-alikes with
emergency words in safe contexts). Held back: kept outside the repository until set 34's fixes were
merged (a9ecd86), then scored once, as written, on 2026-12-03 (`.venv/bin/python
benchmarks/triage_eval.py --errors --rounds 1`). Recorded, not tuned:

    triage_blind35_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50          9/10 = 0.90   (quiet: 4/9 and 8/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 4/5)
      look-alike -> emergent   2/15                 3/15 = 0.20
    triage_blind35_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     6/15 = 0.40         15/15 = 1.00   (quiet: 5/14 and 14/14)
      non-emergent -> emerg.   1/15                 2/15
      self-care -> emergent    0/15                 0/15   (false alarms 2/30 = 0.07)

With the screen of the round's start (2c5886e) the same set reads the same (9/10 with 3/15 alarms;
15/15 with 2/30): set 34's fixes carried nothing to this writer, and broke nothing.
Missed: severe pre-eclampsia relayed by an interpreter — 34 weeks pregnant, a frontal headache
paracetamol did not help, shining lights in her vision, face and hands swollen, BP 166/110 at a
pharmacy, asking for an appointment next week and how to register with a GP (read routine).
Look-alike alarms: a teacher planning a lesson on talking about suicide and self-harm and on seizure
first aid (health education, read emergent); "I think I overdosed on my vitamin D" — two 1000 IU
tablets in a day, feeling fine (read emergent); a 10-day-old's periodic breathing in deep sleep, pauses
of 3-5 seconds, pink, feeding well (read emergent). Clinical false alarms: a 2-year-old with five days
of fever, red cracked lips, red eyes without discharge and puffy hands, well hydrated and breathing
comfortably (Kawasaki disease: urgent, read emergent); a 24-year-old's low mood with fleeting passive
thoughts, no plan or intent and a protective factor (urgent, read emergent).
Level errors: cellulitis spreading past a pen line on a diabetic's shin, told in Hinglish (urgent,
read routine); epididymitis with dysuria and a new partner (urgent, read routine); steroid-raised
sugars falling from 342 to 162 mg/dL in a man who feels fine (routine, read urgent); fasting glucose
13-15 mmol/L after prednisolone with ketones 0.3 (routine, read urgent); exudative tonsillitis with a
normal mouth opening, central uvula and normal voice (routine, read urgent).

After general fixes (not unseen): rules written as a clinician states them, each tested in other words
in tests/safety/test_general_rules_35.py (29 cases that fail on ec87fd8, 38 near misses that pass on
both), then the set scored again (same command):

    triage_blind35_chat.yaml (30 messages)
                              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50         10/10 = 1.00   (quiet: 4/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15 = 0.00
    triage_blind35_clinical.yaml (45 vignettes)
      emergent -> emergent     6/15 = 0.40         15/15 = 1.00   (quiet: 5/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30 = 0.00)

Fixed: the pre-eclampsia was read routine because "arrived from Afghanistan 2 months ago" made the
whole sentence before it historical, "34 weeks pregnant" included (the interpreter, "She says" and
"asks if" were not the cause); "N months ago" and "last month" now date only their own clause (alone
after a comma they still date what precedes), so NICE NG133's severe hypertension and symptoms fire, and
"sees little shining lights", face or hands "are swollen" and rings that don't fit are NG133 symptoms;
health education (ways to talk about suicide or self-harm with a class, a training session on it) is
hypothetical, someone's own self-harm is not; a number in international units is a strength, not a count
of tablets (TOXBASE: vitamin D); "never goes blue or floppy" is a denial, and an infant's apnoea of 20
seconds or more, or with colour change, is emergent (AAP 2016 BRUE); Kawasaki features in a child told
well (drinking, wet nappies, breathing comfortably) are urgent (NICE NG143); "better off without me"
is a passive thought, urgent with plan and intent denied or a protective factor, emergent alone or with
"can't keep myself safe" (NICE NG225); a red patch "garam", "phail gaya", "bada ho raha" is spreading
cellulitis (NICE NG141); a painful testis without torsion's signs, with swelling, fever or urinary
symptoms, is same-day (NICE CKS; BASHH 2020); a glucose of 15 or more counts when it persists, the
latest reading and a range's middle (JBDS sick-day rules). Every other set kept its emergent recall
and false alarms; four earlier level errors now read as labelled (set 6 epididymitis, set 7 passive
thoughts and a swollen scrotum after a vasectomy, the dev set's gout "last year").
Left: the exudative tonsillitis still reads urgent, on two rules: a sore throat with fever and pus
(NICE NG84 FeverPAIN, same day) and NICE NG51's moderate-risk criterion, an infection with a heart rate
of 91-130 (HR 92 here); quieting the first when quinsy is excluded would change no level while the
second holds, and no published rule discounts an adult's heart rate for fever.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind35_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind35_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind35_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
