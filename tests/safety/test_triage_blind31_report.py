"""Record of blind triage set 31 (src/medgate/safety/data/triage_blind31_*.yaml, issue 17).

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

After general fixes (not unseen): on this branch (triage-31), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_31.py: 28 cases that fail on the
start commit 43da5b1, 29 near misses and kept levels that pass on both), never the set's sentences.
Scored again with `benchmarks/triage_eval.py --errors --rounds 1`:

    triage_blind31_chat.yaml              rules alone          rules + findings
      emergent -> emergent     6/10 = 0.60         10/10 = 1.00   (quiet: 5/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15 = 0.00
    triage_blind31_clinical.yaml
      emergent -> emergent     8/15 = 0.53         15/15 = 1.00   (quiet: 7/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30 = 0.00)

What was fixed. Misses: testicular pain in lay words (a ball, a nut, the sack "killing", "throbbing",
"aching"; "hurts down there" in a son, boy or man), with a sudden start, severe pain, vomiting or
woken by it, is torsion until shown otherwise (NICE CKS scrotal pain); a known blow to the groin is
trauma, not torsion (same-day when severe), and a dull ache over weeks stays calm. The birth told
as the baby's ("baby born 6 days ago", "twins born two weeks ago", within six weeks) is the
postnatal period of NICE NG133. Haloes told as colour rings or rainbows round a lamp or bulb, and
vision "like fog" or "like looking through steam", are acute angle closure with a painful red eye
(NICE CKS red eye); an eye told "not red" is no red eye. A non-blanching rash told through the glass
test ("did the glass test and they don't go away", "pressed a tumbler on the dots, they didn't
fade") and in Spanish ("manchitas moradas", "puntitos que no desaparecen") (NICE NG143 / NG240).
Ten or more tablets told as taken ("I took about 20 last night", "swallowed around 15 of them"),
the medicine named elsewhere in the message, however the question is put, is an overdose (TOXBASE:
10 x 500 mg is over 75 mg/kg below 66 kg); minutes, years, milligrams and hypotheticals are not,
and a bare "took 50" of a medicine other than paracetamol (perhaps its milligrams) counts only with
"20 of them" or a question of too many.
Warning signs told through behaviour: a pet re-homed, a will rewritten, "everything in order now"
(affairs in order) and tablets kept back or put aside (collecting means) are two kinds of warning
sign together (AFSP; NICE NG225). Levels: shingles blisters up from the eyebrow or on the lid, and
a spot on the tip or side of the nose with shingles or a burning forehead (Hutchinson's sign, NICE
CKS shingles), are same-day; a single wet nappy in Italian, Spanish, French or Portuguese, and an
age in Italian ("ha 18 mesi"), make a toddler's diarrhoea and vomiting NG143 amber / CG84. The word
suicide in a study topic (an assignment, essay, coursework, a school project) where the writer
says they are fine or it is not about them is no alarm; a self statement still is. A child's fit
already assessed in hospital and sent home, now back to normal, is no emergency (NICE CKS febrile
seizure) unless another fit or not recovered. Set 22's chat message with purple-ish dots that a
pressed glass did not fade now reads emergent too (no other set moved).
Left: a kidney stone's pain controlled (urgent, read routine: no rule reads "controlled" pain as
needing same-day review); flu with normal observations in a 26-year-old stays urgent (HR 96 is a
NICE NG51 moderate-to-high risk criterion with a suspected infection: faithful to the guideline,
not a clear defect); new asymptomatic atrial fibrillation with a rate of 88 stays urgent (NICE NG196:
an irregular pulse needs an ECG; whether same-day is a judgement, not a defect); the febrile
convulsion now reads urgent, from its ear infection with a fever of 39 (NICE NG91), not emergent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind31_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind31_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind31_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
