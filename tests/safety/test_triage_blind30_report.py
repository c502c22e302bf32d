"""Record of blind triage set 30 (src/medgate/safety/data/triage_blind30_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read) plus the same line of emphasis as set 29 (emergencies told through their course and
numbers: home BP, oximeter, glucometer and thermometer readings, a baby's feeds and nappies, a
pregnancy's movements, a medicine and what followed; look-alikes whose numbers look worrying but are
safe; non-native English and mixed languages), at the same time as set 29, and kept outside the
repository until set 29's general fixes were merged (branch triage-29); then scored once, as
written, on 2026-12-02 with the screen as of commit bd67668
(`.venv/bin/python benchmarks/triage_eval.py --errors`). Recorded, not tuned:

    triage_blind30_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     3/10 = 0.30          9/10 = 0.90   (quiet: 2/9 and 8/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15 = 0.00
    triage_blind30_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     5/15 = 0.33         14/15 = 0.93   (quiet: 4/14 and 13/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30 = 0.00)

Missed: at 35 weeks with twins, a home BP of 158/106 and 161/109 on a second reading, a headache
paracetamol did not touch, flickering lights and a puffy face and hands (severe pre-eclampsia: set 29's
fix reads the repeat reading and the symptoms, not this message's gestation "35 weeks with twins");
clinical: 8-10 g of paracetamol a day for three days (a dental abscess, a cold-and-flu powder on top,
40 units of alcohol a week, 68 kg) with nausea and pain under the right ribs (a staggered overdose
with hepatotoxicity: read urgent). Over-called (labelled routine, read urgent): a 6-year-old's limp
a week after a cold, afebrile and playing (transient synovitis); loin-to-groin pain yesterday and a
stone passed this morning, now pain-free. Under-called (labelled urgent): an 8-month-old with a
temperature of 38.6 °C, two-thirds of her feeds and four wet nappies in 24 hours (NICE NG143 amber:
reduced intake), alert and well perfused.

After general fixes (not unseen): on this branch (triage-30), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_30.py: 20 cases that fail on the
start commit fd9fe0c, 20 near misses and kept levels that pass on both), never the set's sentences. Scored
again with `benchmarks/triage_eval.py --errors --rounds 1`:

    triage_blind30_chat.yaml              rules alone          rules + findings
      emergent -> emergent     3/10 = 0.30         10/10 = 1.00   (quiet: 2/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind30_clinical.yaml
      emergent -> emergent     5/15 = 0.33         15/15 = 1.00   (quiet: 4/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30 = 0.00)

What was fixed. Misses: a gestation is read however it is commonly written (NICE NG133): after a
greeting ("Hello, 33 weeks ..."), after "currently", as the obstetric "34/40" or "31+5/40" (not a
score out of 40), as "32w pregnant", and with a multiple pregnancy ("34 weeks with triplets", from 20
weeks only: "6 weeks with twins" at home is after the birth); lights that flicker or shimmer in front
of or at the edge of the eyes are a visual disturbance. Paracetamol over 4 g a day (the upper figure
of a range, in g or mg) on two days or more is a staggered overdose / therapeutic excess: emergent
with nausea, vomiting, right upper quadrant pain, jaundice, heavy drinking or low weight, urgent
without (TOXBASE; MHRA 2012); remedies that hold paracetamol (cold-and-flu, co-codamol) count, and a
dose taken "whenever" the pain returns is a habit that happened, not a hypothetical (a ConText pseudo
trigger). Levels: an infant's share of the usual milk or feeds (half, two-thirds, 60 %) and a day's
wet nappies told against the usual count are NG143 amber (and "of her usual" compares, like "than
usual": no chronic course); a limp after a viral illness in an afebrile child whose hip moves fully
is transient synovitis, routine, unless the child will not bear weight or has night pain (NICE CKS
acute childhood limp; a hip restricted on rotation, however happily the child plays, stays urgent,
as the earlier sets label it); a kidney stone passed with the pain gone and no fever is routine
(NICE NG118), and severe pain told as now gone is no current severe pain (MTS). Left: nothing of
set 30; low body weight is read only from words ("underweight"), not from a weight in kg against
TOXBASE's mg/kg line over days, and the Portuguese and Spanish "por dia" amounts are not read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind30_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind30_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind30_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
