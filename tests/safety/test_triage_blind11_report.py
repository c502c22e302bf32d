"""Record of blind triage set 11 (src/medgate/safety/data/triage_blind11_*.yaml, issue 17).

Written by a colleague briefed as an acute-medicine and paediatric emergency nurse practitioner
(NHS 111, a rural Canadian ED), given the format and the labelling rules inline and reading no
project file, and scored once, as written, on 2026-12-01 with the screen as of commit 5301f4d (the
last commit of the previous stop; `.venv/bin/python benchmarks/triage_eval.py --errors`):

    triage_blind11_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          8/10 = 0.80   (quiet: 4/9 and 7/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 2/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind11_clinical.yaml (45 vignettes)
      emergent -> emergent     5/15 = 0.33         10/15 = 0.67   (quiet: 3/13 and 8/13)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    1/15                 1/15   (false alarms 2/30 = 0.07)

Chat meets the issue's bar for rules + findings (0.80, no alarm); clinical does not (0.67).
Misses: expressive dysphasia told as "says fork when he means spoon" with a cup slipping from the
right hand; jaw and interscapular ache with sweating in a 67-year-old diabetic woman; HELLP as
"indigestion" under the right ribs at 31 weeks with BP 158/104 and proteinuria (urgent only); a
9-day-old's dark green vomit; a toddler and modified-release verapamil; a 72-year-old's "first renal
colic" with BP 96/58 (a ruptured aneurysm; urgent only); a family's morning headaches that clear
away from the flat with an old boiler (urgent only). Alarms: Bell's palsy with the forehead
involved, a febrile 4-year-old running around with HR 120.

After general fixes (not unseen): on this branch (triage-11-12), rules written as a clinician
states them and tested in other words (tests/safety/test_general_rules_11_12.py), never the set's
sentences. Scored again with `benchmarks/triage_eval.py --errors`:

    triage_blind11_chat.yaml              rules alone          rules + findings
      emergent -> emergent     6/10 = 0.60         10/10 = 1.00   (quiet: 6/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 3/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind11_clinical.yaml
      emergent -> emergent     6/15 = 0.40         15/15 = 1.00   (quiet: 4/13 and 13/13)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30)

What was fixed: expressive dysphasia told plainly (words "coming out jumbled", the wrong word for a
thing; BE-FAST); an "achy" jaw and "queasy" as an anginal equivalent with sweating (AHA/ACC 2021);
pre-eclampsia (BP >= 140/90 or proteinuria) with pain under the right ribs or epigastric pain,
"indigestion" included (NICE NG133, HELLP); green vomit counted without a verb ("the last two dark
green"); a small child and a one-pill-can-kill medicine with tablets missing or a box found open
(TOXBASE); loin pain or a first "renal colic" over 60 with shock, low BP or pallor (NICE NG156, a
ruptured aneurysm); a carbon-monoxide cluster told as "all three", "the dog ... too", "better when
out at school or work" and an "old gas boiler". Alarms: a facial palsy that takes in the forehead is
no stroke droop (NICE CKS Bell's palsy; now urgent instead), and a febrile child's HR 100-139 and RR
22-39 are read against NICE NG143's age limits, not the adult SIRS ones. Urgent-level rules added on
the way: sudden hearing loss in one ear (NICE NG98), spreading redness past its drawn line (NICE
NG141). Still routine where urgent is expected: a wrist fracture, Kawasaki features told in French,
a second renal colic "exactly like last time" (its "previous" stones date the whole sentence),
passive death wishes with no plan, pyloric stenosis.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind11_clinical.yaml", 1.0, 0.0, ("non-emergent", "self-care")),
    ("triage_blind11_chat.yaml", 1.0, 0.0, ("look-alike",)),
])
def test_blind11_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
