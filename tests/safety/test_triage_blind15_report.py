"""Record of blind triage set 15 (src/medgate/safety/data/triage_blind15_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read), at the same time as set 16 (held back); scored once, as written, on 2026-12-02 with the
screen as of commit 9eb299b, the last commit of the previous stop (`.venv/bin/python
benchmarks/triage_eval.py --errors`), before any change:

    triage_blind15_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          7/10 = 0.70   (quiet: 4/9 and 6/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 2/5)
      look-alike -> emergent   1/15                 2/15 = 0.13
    triage_blind15_clinical.yaml (45 vignettes)
      emergent -> emergent     5/15 = 0.33         13/15 = 0.87   (quiet: 4/14 and 12/14)
      non-emergent -> emerg.   1/15                 2/15
      self-care -> emergent    0/15                 0/15   (false alarms 2/30 = 0.07)

Misses: a 3-week-old with 100.6 °F rectal, sleepy and feeding a third of her usual (NICE NG143:
any fever under 3 months is red); a calm question about 60 sertraline with sleeping tablets after
"written to everyone" and the cat rehomed; an ectopic told as an Advil question (late period,
one-sided pain, nearly passed out, shoulder-tip pain); clinically a coin battery missing from a
TV remote with drooling, and sudden painless loss of vision in one eye on waking (central retinal
artery occlusion). False alarms: "could it be a seizure?" about an eyelid twitch, "overdosed on
vitamin c"; clinically bronchiolitis at RR 46 with SpO2 96% (amber, not red) and Bell's palsy with
the forehead involved told as "cannot wrinkle the right side of her forehead".

After general fixes (not unseen): on this branch (triage-15), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_15.py: 35 cases that fail on the
start commit 5ec1730, 31 near misses that pass on both), never the set's sentences. Scored again
with `benchmarks/triage_eval.py --errors`:

    triage_blind15_chat.yaml              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50         10/10 = 1.00   (quiet: 5/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind15_clinical.yaml
      emergent -> emergent     6/15 = 0.40         15/15 = 1.00   (quiet: 5/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30)

What was fixed. Misses: a fever in Fahrenheit from 100.4 F (the sepsis rules began at 101 F; the
findings layer now reads a bare degree sign on 93-110 as Fahrenheit), and "sleepier than usual"
beside the reading had marked it a usual value (NICE NG143); "2.5 weeks late" (the decimal broke
the late-period phrase, NICE NG126); quiet suicidal intent: how long an overdose amount of a
medicine takes "to work", "written to everyone", a pet's new home arranged, and a sudden calm
about "it" as a new warning-sign kind (AFSP; NICE NG225); a coin-sized or button-cell battery, or
one missing from a device that holds them (NPIS); sudden painless loss of vision told as vision
"gone grey" or acuity down to counting fingers, hand movements or light (RCOphth; AHA/ASA 2021).
Alarms: a diagnosis only asked about ("could it be a seizure?") is hypothetical; "overdosed on" a
vitamin without iron (TOXBASE); chest indrawing called mild is amber, not NG143's red "moderate or
severe" (the RR thresholds were already NG143's); the forehead involved with its side named
between verb and brow (NICE CKS Bell's palsy). Urgent: dysuria told as "burning when she wees"
with fever or loin pain (NICE NG111); redness past "where I drew round it", and "has gone past" no
longer read as the negation "has gone" (NICE NG141); a reliever needed every 4 hours or lasting 4
hours or less (BTS/SIGN 158); shingles told as a band of blisters stopping at the midline (NICE
CKS). Routine: AF already shown on an ECG without symptoms and at 110 or less (NICE NG196), and a
flu jab is no infection. On the other sets 5 decisions (rules + findings) moved, all to their
label: set 13's incidental AF at a flu-jab visit from urgent to routine; set 5's child on her
reliever every 3-4 hours, set 2's puffer that helps for about 4 hours and set 8's band of grouped
blisters on methotrexate from routine to urgent. In the rules layer alone set 10's chat gains one
emergent (a Fahrenheit fever). No set lost an emergent or gained a false alarm. Still off the
label on set 15: nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    # floors raised to what the general fixes reached (the first-sight figures were 13/15, 2/30; 7/10, 2/15)
    ("triage_blind15_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind15_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind15_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
