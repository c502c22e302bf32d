"""Record of blind triage set 21 (src/medgate/safety/data/triage_blind21_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read), at the same time as set 22 (held back); scored once, as written, on 2026-12-02 with the
screen as of commit 392b796 (set 19's general fixes merged) (`.venv/bin/python
benchmarks/triage_eval.py --errors`), before any change for it:

    triage_blind21_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     7/10 = 0.70         10/10 = 1.00   (quiet: 7/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 4/5)
      look-alike -> emergent   1/15                 2/15
    triage_blind21_clinical.yaml (45 vignettes)
      emergent -> emergent     5/15 = 0.33         12/15 = 0.80   (quiet: 5/14 and 12/14)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    0/15                 0/15   (false alarms 1/30 = 0.03)

Misses: a bereaved man who has bought a rope, written letters to his children and intends to end
his life at the weekend, and declines help today (a plan, means and timing: NICE NG225, emergency);
an atypical myocardial infarction in a woman with diabetes (upper abdominal and interscapular ache,
clamminess, HR 48, BP 94/60); a thunderclap headache at full intensity within seconds while lifting,
with vomiting, neck stiffness and photophobia (subarachnoid haemorrhage until proven otherwise).
False alarms: a heart rate of 172 during an interval run in a well 30-year-old with normal resting
observations; 2 g of paracetamol in a day in a 70 kg adult called an "overdose" jokingly (well under
any toxic line); passive thoughts of not waking up with no plan or intent and protective factors
(labelled urgent). Under-called, not unsafe: a gaping finger laceration needing closure, UTI in
pregnancy, controlled renal colic, INR 4.4 without bleeding (urgent, read routine).

After general fixes (not unseen): on this branch (triage-21), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_21.py: 16 cases that fail on the
start commit c39cd22, 18 near misses that pass on both), never the set's sentences. Scored again
with `benchmarks/triage_eval.py --errors`:

    triage_blind21_chat.yaml              rules alone          rules + findings
      emergent -> emergent     7/10 = 0.70         10/10 = 1.00   (quiet: 7/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind21_clinical.yaml
      emergent -> emergent     7/15 = 0.47         15/15 = 1.00   (quiet: 6/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30)

What was fixed. Misses: an intent to die told of someone else in reported speech ("intends to end
his life", "has decided to take her own life"; NICE NG225), and a means acquired (a rope, a
hosepipe, a gun, charcoal bought or got hold of) as an AFSP warning sign that fires with any other
(a farewell letter, possessions given away), not alone; letters written "to each of us" are a
farewell too. The suicidal rules had missed it because "end my life" was first person only and
buying a rope counted only when aimed "at himself"; negation, reported speech and "declines"
played no part. Clamminess is sweating (AHA/ACC 2021: an anginal equivalent, upper-abdominal or
interscapular ache, with sweating and nausea is a coronary syndrome until shown otherwise); the
vital signs did not fire, rightly: HR 48 scores 1 and SBP 94 scores 2 on NEWS2 (SpO2 95 % 1: 4 in
all, no red parameter; a pulse of 41-50 is not 3), and no rule of vital signs was changed. A pain
told by its place in the head ("a pain at the back of her head", "over the top of his head") is a
headache, so NICE CG150's sudden headache with vomiting or neck stiffness fires. Alarms: a heart
rate taken during exercise (a run, intervals, the gym, a spin class, in the reading's own sentence
with no word of rest) is physiology and left out of the vital signs unless chest pain, fainting or
dizziness, or breathlessness is told (RCUK 2021 tachycardia algorithm: adverse features); a rate at
rest still counts. "Overdosed" said of a day's paracetamol total of 4 g or less (BNF: an adult's
licensed daily dose) is no overdose; more than 4 g, another medicine, an intent, a child, signs of
toxicity or a course over days still fire. A passive wish to be dead or not to wake up (C-SSRS item
1) with plan and intent both denied is urgent (NICE NG225: assessed the same day), and "has never
self-harmed" is a denial; any plan, intent, means or attempt keeps it emergent. Under-calls: a cut
whose edges gape needs closure within hours (urgent), and burning or stinging "on micturition" is
a urinary symptom (NICE NG109: a UTI in pregnancy the same day). On the other sets no decision
moved (the errors of `--errors` on main and on this branch differ only on set 21). Still off the
label on set 21, left alone: INR 4.4 on warfarin without bleeding (labelled urgent, read routine:
the project's rule follows NICE CKS / BNF, INR 5 or more withheld and rechecked the same day, and
below 5 a dose change at the clinic that measured it, so no threshold was moved); controlled renal
colic (urgent, read routine); a 1 kg weight gain with a little more ankle swelling in heart failure
and an asymptomatic irregular pulse on a home monitor (both labelled routine, read urgent).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    # floors raised to what the general fixes reached (the first-sight figures were 12/15, 1/30; 10/10, 2/15)
    ("triage_blind21_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind21_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind21_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
