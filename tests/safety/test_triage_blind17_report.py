"""Record of blind triage set 17 (src/medgate/safety/data/triage_blind17_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read), at the same time as set 18 (held back); scored once, as written, on 2026-12-02 with the
screen as of commit b520a74 (sets 15 and 16's general fixes merged) (`.venv/bin/python
benchmarks/triage_eval.py --errors`), before any change for it:

    triage_blind17_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     3/10 = 0.30          8/10 = 0.80   (quiet: 3/9 and 7/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind17_clinical.yaml (45 vignettes)
      emergent -> emergent     7/15 = 0.47         12/15 = 0.80   (quiet: 6/14 and 11/14)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    0/15                 1/15   (false alarms 2/30 = 0.07)

Misses: a stroke told as words "coming out all jumbled", the mouth "hanging a bit lower" on one
side and a cup fumbled in one hand (FAST); a staggered-looking paracetamol overdose of about
20 x 500 mg in a 52 kg girl, "nearly 24 hours and nothing's happened" (TOXBASE: > 150 mg/kg);
clinically severe pre-eclampsia (BP 158/106 with 2+ protein, headache, sparkly lights, right upper
quadrant pain), cauda equina (straining to pass urine, toilet paper "feels odd", reduced perineal
pinprick), and acute angle-closure glaucoma (urgent only). False alarms: clinically a transient
synovitis of the hip after a cold in a well 5-year-old, and 4 days of constipation on co-codamol
with a soft abdomen in an 88-year-old.

After general fixes (not unseen): on this branch (triage-17), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_17.py: 15 cases that fail on the
start commit 70f9ef4, 13 near misses that pass on both), never the set's sentences. Scored again
with `benchmarks/triage_eval.py --errors`:

    triage_blind17_chat.yaml              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50         10/10 = 1.00   (quiet: 5/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind17_clinical.yaml
      emergent -> emergent     7/15 = 0.47         15/15 = 1.00   (quiet: 6/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30)

What was fixed. Misses: BE-FAST told plainly (ASA; NICE NG128): words that "started coming out"
wrong or jumbled, one side of the mouth hanging or sitting lower, fumbling or dropping things with
one hand; an overdose told by a colloquial amount ("a load of", "a pile of" a medicine) or as ten
or more tablets by strength ("24 of the 200mg ones"), any intentional overdose being assessed now
(NICE CG16; TOXBASE); a gestation told "N weeks into her pregnancy" is read, so NICE NG133's
pre-eclampsia rules see >= 20 weeks (headache, visual symptoms, right upper quadrant pain with BP
>= 140/90 and protein then fire; the rings and the repeat BP played no part); cauda equina told as
straining or pushing to pass urine (not "for years"), toilet or loo paper feeling odd or different
when wiping, reduced pinprick or light touch over the perineum (GIRFT 2023); acute angle closure:
pain around or in one eye as a painful eye, "coloured rings around" lights as haloes, and a hazy or
oedematous cornea or a mid-dilated pupil in a painful red eye as emergent (RCOphth / NICE CKS).
Alarms: "a limp on his leg" is the noun of a gait (NICE CKS limping child: the child stays urgent
through its same-day rule), while a leg that "went limp" or "a limp left arm" still fires;
"not vomiting" or "not being sick" in a list is a denial (ConText), so constipation on an opioid
with wind passing and a soft abdomen is no obstruction. On the other sets one decision moved, in
the rules layer only: set 2's chat "took a load of her sleeping tablets with vodka" (rules alone,
routine to emergent, its label; rules + findings already emergent). No set lost an emergent or
gained a false alarm. Still off the label on set 17, left alone: the sore throat with fever,
exudate, tender nodes and no cough (FeverPAIN; kept urgent as on set 16, NICE NG84); the
84-year-old with dysuria, frequency and a positive nitrite, afebrile and well (labelled urgent,
read routine: NICE NG109 advises an antibiotic, not clearly a same-day assessment, so no general
rule was added); the asymptomatic irregularly irregular pulse of unknown onset (labelled routine,
read urgent: NICE NG196 asks for an ECG, and no general rule moves it without other sets).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    # floors raised to what the general fixes reached (the first-sight figures were 12/15, 2/30; 8/10, 0/15)
    ("triage_blind17_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind17_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind17_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
