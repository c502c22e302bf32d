"""Record of blind triage set 31 (tests/safety/triage_blind31_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read) plus a line of emphasis: the everyday voice of people who do not know they describe an
emergency (understatement, apology, "probably nothing", a symptom mentioned while asking about
something else; teenagers, elderly people alone, people writing for someone else), emergencies in
less common specialties (eye, ENT, skin, urology, toxicology, environment, after surgery and after
birth), and look-alikes that use frightening words safely (a past event, a relative, a film, a
question about risk, a symptom already resolved and assessed); non-native English and mixed
languages. Held back: written at the start of the sixth session, after the fixes for sets 29 and 30
were merged, and scored once, as written, on 2026-12-02 with the screen as of commit 9956483
(`.venv/bin/python benchmarks/triage_eval.py --errors`). Recorded, not tuned:

    triage_blind31_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50          5/10 = 0.50   (quiet: 4/9 and 4/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 3/5)
      look-alike -> emergent   1/15                 1/15 = 0.07
    triage_blind31_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     7/15 = 0.47         14/15 = 0.93   (quiet: 6/14 and 13/14)
      non-emergent -> emerg.   0/15                 1/15
      self-care -> emergent    0/15                 0/15   (false alarms 1/30 = 0.03)

The chat messages are the lowest first score since set 6 and below the bar (rules and findings
alone >= 0.80). Missed (chat): a 14-year-old's testicular pain since waking with the testis "a bit
higher" and a vomit (torsion: read urgent); six days after birth a headache paracetamol does not
touch, zigzags in the vision and puffed-up hands and feet (postpartum pre-eclampsia: read urgent); a
72-year-old's red, painful eye with rings around lights, fog and vomiting (acute angle closure:
routine); a 3-year-old's fever of 39.6 with purple spots that do not fade under a glass, very sleepy,
told half in Spanish (meningococcal disease: routine); a 16-year-old's "about 20" paracetamol last
night after a bad day, now sick with right-sided pain (an overdose told as a question: routine).
Urgent read routine: shingles reaching the tip of the nose (Hutchinson's sign); an 18-month-old's
vomiting and diarrhoea with one wet nappy since morning, half in Italian. Look-alike alarm: a school
project on suicide warning signs. Clinical: missed a widower putting his affairs in order and keeping
tablets back "just in case" (read routine); alarm on a simple febrile convulsion already assessed in
the emergency department and discharged, the child back to normal; level errors: a kidney stone's
pain controlled (urgent, read routine), new asymptomatic atrial fibrillation (routine, read urgent),
flu with normal observations (routine, read urgent).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind31_clinical.yaml", 14 / 15, 1 / 30, ("non-emergent", "self-care")),
    ("triage_blind31_chat.yaml", 5 / 10, 1 / 15, ("look-alike",)),
])
def test_blind31_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
