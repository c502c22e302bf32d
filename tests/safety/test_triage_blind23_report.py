"""Record of blind triage set 23 (src/medgate/safety/data/triage_blind23_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read), at the same time as set 24 (held back); scored once, as written, on 2026-12-02 with the
screen as of commit 9773e62 (set 21's general fixes merged) (`.venv/bin/python
benchmarks/triage_eval.py --errors`), before any change for it:

    triage_blind23_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50          9/10 = 0.90   (quiet: 5/9 and 8/9)
      urgent -> emergent       1/5                  1/5   (at least urgent: 5/5)
      look-alike -> emergent   3/15                 4/15
    triage_blind23_clinical.yaml (45 vignettes)
      emergent -> emergent     7/15 = 0.47         15/15 = 1.00   (quiet: 6/14 and 14/14)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    0/15                 1/15   (false alarms 2/30 = 0.07)

Missed: a 14-year-old with sudden testicular pain, vomiting, the testis lying higher and swollen,
told half in Spanish (torsion: NICE CKS, an emergency). Alarms: "I think I'm having a stroke" about
an eyelid twitch with a normal face, speech and arms; a child's nosebleed that stopped with
pressure; a vasovagal faint at a school vaccination with full recovery; pink blood in a 5-day-old
girl's nappy (withdrawal bleeding from maternal hormones); moderate asthma, peak flow 67 % of best,
full sentences (labelled urgent: BTS/SIGN moderate, same day); stable exertional angina relieved by
rest, resting ECG normal (labelled urgent: NICE CG95 rapid-access chest pain clinic); a well
4-year-old's forehead bump an hour ago (self-care, NICE NG232 no CT criteria).

After general fixes (not unseen): on this branch (triage-23), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_23.py: 20 cases that fail on the
start commit 3b7174c, 24 near misses that pass on both), never the set's sentences. Scored again
with `benchmarks/triage_eval.py --errors`:

    triage_blind23_chat.yaml              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50         10/10 = 1.00   (quiet: 5/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 0/5 and 5/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind23_clinical.yaml
      emergent -> emergent     7/15 = 0.47         15/15 = 1.00   (quiet: 6/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30)

What was fixed. Miss: testicular torsion told with a word of another language for the pain ("dolor
in his testicle"), a testis that "sits higher", "has pulled up", or, with a testis named in the
message, one "higher than the other", with pain, vomiting or a sudden start (NICE CKS scrotal
pain). Alarms: "having a stroke" named with the face, the speech and the limbs each told normal is
not a stroke (any FAST sign still fires through its own rule, and a stroke named with only some
told normal still fires); a nosebleed that stopped after minutes of pressure (NICE CKS epistaxis;
still emergent when it will not stop, restarts, on an anticoagulant, or is a wound, not a nose);
a faint at the sight of a needle or blood, or at a jab, come round within seconds (NICE CG109: a
typical vasovagal T-LoC; the anaphylaxis and overdose rules still fire on such a faint without the
recovery, with hives, breathing trouble or drugs taken, and the findings layer's exertional syncope
is untouched); blood in a newborn girl's nappy that "came from the front" or is put down to the
mother's hormones (withdrawal bleeding; blood in the stool or green vomit still fire); a tight,
wheezy chest on exertion with asthma or a reliever named is not a coronary syndrome unless a
cardiac risk or another coronary feature is told (BTS/SIGN grades it: the moderate exacerbation
reads urgent); an exertional chest pain that settles within minutes of stopping or resting (or
with GTN) is urgent, a rapid-access chest pain clinic (NICE CG95), and "never at rest" is not rest
pain; "has not vomited", "hasn't been sick", "hasn't lost consciousness" are denials (ConText), so
the well child's forehead bump meets no NICE NG232 criterion. Under-calls: "a gaping laceration"
(the adjective first) is a wound needing closure the same day; "woke two days ago with" muffled
hearing in one ear is a sudden one-sided hearing loss (NICE NG98: ENT within 24 hours). On the other
sets three decisions moved, all in the findings layer and all to their labels: the one-sided
hearing loss woken with two days ago in sets 10, 18 and 19 (routine to urgent). No set lost an
emergent or gained a false alarm. Not done: the findings layer does not read a peak flow against
the patient's best ("320, my best is usually 480" is not read as 67 %), so BTS/SIGN's PEF bands
(< 33 % life-threatening, 33-50 % acute severe) are not applied from the numbers; the set's
moderate asthma reads urgent through its reliever use, not its PEF.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind23_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind23_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind23_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
