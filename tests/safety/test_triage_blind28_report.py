"""Record of blind triage set 28 (src/medgate/safety/data/triage_blind28_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read) plus the same line as set 27 (chronic illness and its treatment, the days after surgery,
older adults alone, carers of people with learning disabilities, the worried well), at the same
time as set 27, and kept outside the repository until set 27's general fixes were merged; then
scored once, as written, on 2026-12-02 with the screen as of commit 38eaed5
(`.venv/bin/python benchmarks/triage_eval.py --errors`). Recorded, not tuned:

    triage_blind28_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     2/10 = 0.20          9/10 = 0.90   (quiet: 2/9 and 8/9)
      urgent -> emergent       0/5                  2/5   (at least urgent: 3/5)
      look-alike -> emergent   2/15                 2/15 = 0.13
    triage_blind28_clinical.yaml (45 vignettes)
      emergent -> emergent     9/15 = 0.60         15/15 = 1.00   (quiet: 8/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30)

Missed: a man with Down's syndrome who does not speak, off his food, rocking and holding his belly,
abdomen swollen and "hard like a drum", dark green vomit, no stool for 4 days, on clozapine (bowel
obstruction, and clozapine-induced hypomotility: MHRA 2020) — set 27's fix reads faeculent vomiting or
a tense drum-like belly with vomiting, not bilious vomit with a hard belly. Alarms: night-time pins
and needles in the thumb and first two fingers of a 93-year-old, gone on shaking the hand, daytime
normal ("my daughter says it might be a stroke coming": carpal tunnel syndrome); a face drooping and
a numb lip two hours after a dental injection, speech and arms fine (local anaesthetic). Over-called
(labelled urgent): worsening confusion over 2 days in dementia with urinary symptoms and 37.8 °C;
a COPD exacerbation with sats at the person's usual and a rescue pack. Under-called (labelled
urgent): a red, warm laparoscopic port site with ooze 6 days after surgery, temperature normal; INR
6.9 with a metal valve, no bleeding; redness at a PICC exit site on chemotherapy; a fistula whose buzz
has gone (thrombosis: same-day); a typical sickle-cell pain crisis partly relieved at home; sudden
one-sided hearing loss (NICE CKS: same-day ENT). One level up: knee swelling 3 weeks after a
replacement that is getting better.

Set 27's fixes were written for these shapes (port-site infection, INR, COPD at baseline, delirium in
dementia) and did not carry to these other words: the held-back set measures that.

After general fixes (not unseen): on this branch (triage-28), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_28.py, shared with set 26: 33 cases
that fail on the start commit 0c1fd23, 27 near misses and kept levels that pass on both), never the
set's sentences. Scored again with `benchmarks/triage_eval.py --errors`:

    triage_blind28_chat.yaml              rules alone          rules + findings
      emergent -> emergent     2/10 = 0.20         10/10 = 1.00   (quiet: 2/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind28_clinical.yaml
      emergent -> emergent     9/15 = 0.60         15/15 = 1.00   (quiet: 8/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30 = 0.00)

What was fixed. Miss: green (bilious) vomiting with a swollen belly or no stool is bowel obstruction
at any age, and a belly that "looks swollen" or is "hard like a drum" a few words on is distension
(RCS / NICE CKS). Alarms: tingling in one hand that goes on shaking it is carpal tunnel (NICE CKS);
a dentist visit hours ago or "for a filling" is the dental block that explains a droop (the block
was read only as "dentist ... injection" or "had a filling"). Level: confusion in dementia told over
days is a same-day delirium assessment even with a temperature timed "this morning" (NICE CG103); a
usual saturation told straight after "usually" is the person's own target (BTS / NICE NG115); "has
gone red" is a change, not a finding gone (the negation "has gone" skips a colour or feel: the port
site's redness had been denied); an INR given later in the sentence ("rang, it's 6.9"); redness at
a central line's exit site on chemotherapy (UKONS 2023); a fistula whose buzz or thrill has gone (UK
Kidney Association / VASBI); a sickle cell crisis not settled by the home painkillers (NICE CG143;
set 27's mild flare that is easing stays routine); an ear "blocked and muffled" on waking (NICE
NG98). Left: the knee 3 weeks after a replacement, swollen and warmer but improving, stays one level
up (urgent): calming it would need a rule on "getting better each week" after joint surgery that
risks a late infection or clot, not made in this pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind28_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind28_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind28_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
