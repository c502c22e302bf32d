"""Record of blind triage set 16 (src/medgate/safety/data/triage_blind16_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read) at the same time as set 15, asked only to differ from the other writer in cases, ages,
countries and styles; kept outside the repository while set 15 was fixed, then scored once, as
written, on 2026-12-02 with the screen as of commit 5f7e78f (set 15's general fixes merged)
(`.venv/bin/python benchmarks/triage_eval.py --errors`). This is the honest figure of the session:

    triage_blind16_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          9/10 = 0.90   (quiet: 4/9 and 8/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 3/5)
      look-alike -> emergent   2/15                 2/15 = 0.13
    triage_blind16_clinical.yaml (45 vignettes)
      emergent -> emergent     4/15 = 0.27         14/15 = 0.93   (quiet: 3/14 and 13/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30)

Misses: a 58-year-old with diabetes and hypertension, 40 minutes of "heavy pressure feeling in the
middle of breastbone, going to left arm and jaw" and sweating, asking which antacid to take before
sleeping; clinically a man who has written letters to his children, saved up co-codamol and worked
out when his flat will be empty. False alarms: chest pain after bench press, sharp on twisting and
on pressing the muscle (musculoskeletal); a foot numb for 5 minutes after sitting cross-legged,
now normal. Urgent and routine labels missed: cellulitis drawn round and growing at 99.9 F in a
diabetic; a bead up a toddler's nostril; clinically a settled renal colic, an ankle meeting the
Ottawa rules, sudden sensorineural hearing loss, spreading cellulitis at 37.6 C, mild croup (urgent
labels read routine); a sore throat without cough (FeverPAIN), type 1 diabetes at 14-16 mmol/L with
ketones 0.3, bacterial conjunctivitis (routine labels read urgent).

After general fixes (not unseen): on this branch (triage-16), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_16.py: 25 cases that fail on the
start commit d16c73b, 22 near misses that pass on both), never the set's sentences. Scored again
with `benchmarks/triage_eval.py --errors`:

    triage_blind16_chat.yaml              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50         10/10 = 1.00   (quiet: 5/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind16_clinical.yaml
      emergent -> emergent     5/15 = 0.33         15/15 = 1.00   (quiet: 4/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30)

What was fixed. Misses: the breastbone or sternum named for the chest (NICE CG95: central,
retrosternal pain; the pressure went to arm and jaw with sweating, so radiation and sweating fired
once the chest was read; the antacid framing and "no relief" played no part); suicidal planning:
letters "to his two children" (a word between the possessive and the family), co-codamol,
co-dydramol and dihydrocodeine as medicines saved up, and a time worked out when the home will be
empty as a warning sign of its own kind (AFSP; NICE NG225), so farewell + time and the stockpile
each fire. Alarms: chest-wall pain told as "sharp when I twist or press", "hurts lifting my arm" or
"pressing on the muscle hurts" now removes exertion alone (AHA/ACC 2021; sweating, breathlessness,
radiation, collapse or rest pain still fire); one numb leg or foot is a sign of its own, spared
after kneeling, squatting, sitting cross-legged or legs crossed, or a foot "gone to sleep" (NINDS
paresthesia); a weak leg, a numb side, a droop or speech still fire; a denied link ("not related to
exertion") negates. Urgent: red and hot skin round a wound, and an area of red, warm, tender skin
(NICE NG141); muffled hearing with ringing in one ear, or a named sensorineural loss, of recent
onset (NICE NG98); an object pushed up a nostril (NICE CKS); the Ottawa ankle rules (Stiell 1993);
a current episode told with its length ("had two hours of") ends a history's scope (renal colic).
Routine: in known diabetes a glucose of 15 or more with ketones already under 0.6 mmol/L (sick-day
rules; not with a treated infection, nor when no diabetes is known; ketones 1.5-2.9 are urgent);
yellow crust on the lids is no jaundice. On the other sets 2 decisions (rules + findings) moved,
both to their label: set 3's cat scratch with the skin round it red, warm and swollen, and its
footy ankle with a tender outer bone and only a couple of steps, from routine to urgent. No set
lost an emergent or gained a false alarm. Still off the label on set 16: the sore throat with
fever, exudate and no cough (FeverPAIN 5 meets NICE NG84's "consider an immediate antibiotic", so
its same-day rule was kept) and mild croup (NICE CKS gives dexamethasone to every child with
croup, but set 6 labels the same picture self-care: the sets disagree, left alone).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    # floors raised to what the general fixes reached (the first-sight figures were 14/15, 0/30; 9/10, 2/15)
    ("triage_blind16_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind16_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind16_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
