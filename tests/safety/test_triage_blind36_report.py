"""Record of blind triage set 36 (src/medgate/safety/data/triage_blind36_*.yaml, issue 17).

Written by a colleague to the blind brief (tests/safety/BLIND_BRIEF.md, format inline, no project file
read; this round's emphasis: emergencies asked about sideways — a school note, a medicine dose, a trip
or a fit-to-fly letter — numbers from home devices carrying the danger, long rambling messages, older
adults and pregnancy told as ordinary complaints, mixed languages; clinical cases as ambulance
handovers, pharmacy, dental, school-nurse, care-home, ward and out-of-hours records; look-alikes with
emergency words in safe contexts). Scored once, as written, on 2026-12-03 with the screen as of
b62247d (`.venv/bin/python benchmarks/triage_eval.py --errors --rounds 1`). Recorded, not tuned:

    triage_blind36_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     3/10 = 0.30          8/10 = 0.80   (quiet: 2/9 and 7/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 4/5)
      look-alike -> emergent   2/15                 3/15 = 0.20
    triage_blind36_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     7/15 = 0.47         11/15 = 0.73   (quiet: 5/13 and 9/13)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    1/15                 1/15   (false alarms 2/30 = 0.07)

Missed: a 14-year-old's testicle "higher up than the other", tender, vomiting twice three hours after
a football hit, asked about as a PE note (torsion; read routine); an 86-year-old's home BP 82/50 and
pulse 36 on bisoprolol and digoxin, grey and sweating on standing (read urgent); a late period,
brown spotting, crampy lower pain, an aching right shoulder and a faint in a pharmacy queue, pale and clammy
(ectopic pregnancy; read urgent); day 6 postpartum, no sleep for three nights, the baby "not theirs"
(postpartum psychosis; read routine); a toddler into a pill organiser of verapamil MR and gliclazide,
well (read routine); 31 weeks, abdomen hard and sore between tightenings, a red bleed, baby quiet since
lunchtime (abruption; read routine).
Look-alike alarms: chest pain after a bench-press day, sharp on pressing the muscle, 5k run fine (read
emergent); a first-aid course scenario of an unconscious casualty not breathing normally (read
emergent); a Hinglish EpiPen renewal for a child whose anaphylaxis was at age 3 (read emergent).
Clinical false alarms: low mood since redundancy with "what's the point" but no plans and a
protective factor (urgent, read emergent); chest wall ache the day after bouldering, tender muscles,
pulse 64 (routine, read emergent).
Level errors: a 3-year-old with five days of fever on and off, well (urgent, read routine); a broken
tooth with throbbing pain (urgent, read routine); 37.9 and HR 92 the day after a cholecystectomy with a
request for review (urgent, read routine).

After general fixes (not unseen): rules written as a clinician states them, each tested in other words
in tests/safety/test_general_rules_36.py (35 cases that fail on 68a2340, 27 near misses and cases that
must stay emergent that pass on both), then the set scored again (same command):

    triage_blind36_chat.yaml (30 messages)
                              rules alone          rules + findings
      emergent -> emergent     3/10 = 0.30         10/10 = 1.00   (quiet: 2/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15 = 0.00
    triage_blind36_clinical.yaml (45 vignettes)
      emergent -> emergent     7/15 = 0.47         15/15 = 1.00   (quiet: 5/13 and 13/13)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30 = 0.00)

No other set's figures moved (every set's lines of the same command identical before and after).
Fixed: a testis "higher up than the other" told in lay words (the privates, down there) in a boy, with
tenderness or vomiting, is torsion even after a knock (NICE CKS scrotal pain; EAU/ESPU); a home monitor's
"reading is 82/50" is a BP and presyncope told on standing ("when she stands up she becomes grey") a
near-faint, so a pulse of 36 with both is bradycardia with adverse features (RCUK 2021); a "crampy" lower
tummy is abdominal pain, and a possible pregnancy with shock signs and bleeding or pain, or bleeding and a
faint, is emergent (NICE NG126); "day 6 after their first baby" is postpartum, so CG192's psychosis rules
read it; a pill organiser's compartments found open or empty by a toddler are a possible ingestion of the
one-pill-can-kill drugs in them (TOXBASE); "31 weeks, second baby" is a gestation, and a womb hard and sore
or not relaxing between tightenings after 20 weeks is suspected abruption (RCOG GTG 63); a chest pain
"fine at rest" is no rest pain, and "worse lifting his arms", "tender pressing on the muscles" are chest-wall
signs (AHA/ACC 2021); a course's practice scenario or mock casualty is hypothetical; "at age 3, nothing
since then" is history; "no plans to harm herself" is no explicit wish, and hopelessness ("what's the
point") with a plan denied is a same-day review (NICE NG225 / NG222); a fever "since saturday (its
thursday now)" has lasted five days (NICE NG143 amber).
Left: the broken tooth with throbbing pain controlled by paracetamol and ibuprofen (urgent expected, read
routine: SDCEP's dental triage puts pain controlled by analgesics, without swelling or fever, to a routine
appointment, so no published rule here supports the same-day level); day 1 after a cholecystectomy with
37.9 and HR 92 and a nurse asking for review (urgent expected, read routine: neither NEWS2, which scores it
1, nor NICE NG51, which needs suspected infection, makes it same-day, and a rule for it would call routine
post-operative notes urgent).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind36_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind36_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind36_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
