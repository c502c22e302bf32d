"""Record of blind triage set 29 (src/medgate/safety/data/triage_blind29_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read) plus one line of emphasis: emergencies told through their course and numbers rather than
a named condition (worse over hours or days, home readings from a BP cuff, oximeter, glucometer or
thermometer, a baby's feeds and nappies counted, a pregnant woman's movements, a medicine taken and
what followed), look-alikes whose numbers or words look worrying but are safe, and non-native English
or mixed languages in several messages. Written at the same time as set 30 (kept outside the
repository until this set's fixes are merged). Scored once, as written, on 2026-12-02 with the screen
as of commit b4fcfd9 (`.venv/bin/python benchmarks/triage_eval.py --errors`). Recorded, not tuned:

    triage_blind29_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          7/10 = 0.70   (quiet: 4/9 and 6/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 3/5)
      look-alike -> emergent   0/15                 0/15 = 0.00
    triage_blind29_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     6/15 = 0.40         14/15 = 0.93   (quiet: 5/13 and 12/13)
      non-emergent -> emerg.   1/15                 2/15
      self-care -> emergent    1/15                 1/15   (false alarms 3/30 = 0.10)

Missed: no fetal movement since 2 pm at 35 weeks after a normally active baby (reduced fetal
movements: same-day maternity assessment at once, RCOG GTG 57); 8 days after a caesarean, a headache
paracetamol does not touch, zigzag lights and a home BP of 164/112 then 168/110 (postpartum
pre-eclampsia); about 20 paracetamol 500 mg over an evening two days ago in a 52 kg woman, vomiting,
now a dull ache under the right ribs (staggered overdose: > 150 mg/kg); clinical: BP 158/104 and
162/106 at 33 weeks with 2+ protein, epigastric pain and "little lights" (severe pre-eclampsia; read
urgent). Under-called (labelled urgent): five days of fever in a 3-year-old with red eyes without
pus, red cracked lips and puffy hands (Kawasaki); a home INR of 6.9 on warfarin without bleeding.
Alarms: a swollen calf after a long flight, no breathlessness and normal vital signs (a DVT to scan
the same day, labelled urgent); stable exertional chest tightness over 6 weeks that eases with rest
(stable angina, labelled routine); a double dose of citalopram 20 mg, well six hours later (self-care).

After general fixes (not unseen): on this branch (triage-29), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_29.py: 25 cases that fail on the
start commit 976efb7; 24 that pass on both, 17 near misses and kept levels and 7 wordings of the
fixed rules that were already read right), never the set's sentences.
Scored again with `benchmarks/triage_eval.py --errors`:

    triage_blind29_chat.yaml              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50         10/10 = 1.00   (quiet: 5/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind29_clinical.yaml
      emergent -> emergent     6/15 = 0.40         15/15 = 1.00   (quiet: 5/13 and 13/13)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30 = 0.00)

What was fixed. Misses: from 28 weeks, fetal movements down to a handful in a day ("only 2 kicks
since breakfast") or none for hours ("since 3 pm nothing", "hasn't moved for 4 hours") are emergent
(RCOG GTG 57); "moving less" alone stays urgent, and before 24 weeks a baby not yet felt or felt less
raises nothing; the postnatal period told as days or weeks since a caesarean or delivery, also in
Spanish and Portuguese (NICE NG133: pre-eclampsia up to 6 weeks after birth); a repeat blood
pressure in the same clause ("158/104, repeated later 162/106", "then 168/110") is the one read;
"upper abdominal discomfort" and "seeing little lights" are pre-eclampsia's symptoms; a tablet count
before a named medicine and its strength ("20 of my paracetamol (500mg ones)") is read as a dose, and
a strength is no longer split into a count ("500mg" read as 5 x 00 mg, a zero dose that calmed an
adult's staggered overdose as a child's small one). Alarms: a swollen calf with breathlessness
denied ("no breathlessness", "denies shortness of breath") is a same-day DVT scan (NICE NG158),
emergent again with a pulse over 100 or low oxygen (Wells); exertional chest pain easing "within 2-3
minutes of standing still" or "as soon as I stop" is stable angina's pattern (NICE CG95/CG126,
urgent), while crescendo pain (more often, with less effort, getting worse) is emergent; one SSRI
dose taken twice calms the ingestion alarm unless intent, toxicity, a child or unresponsiveness is
told (TOXBASE). Levels: fever and its days in French, Spanish and Portuguese ("fièvre depuis 5
jours": NICE NG143 amber); a home INR meter's reading ("CoaguChek reads 6.9": BSH / BNF, same day); a
red swollen eyelid with fever is periorbital cellulitis (same day), with pain on moving the eye, a
bulging eye or reduced vision orbital cellulitis (emergent; NICE CKS / RCOphth). Left: the stable
angina vignette reads urgent, not routine: new exertional pain that settles with rest is sent to a
rapid-access chest pain clinic by the existing rule (NICE CG95 1.3), and telling "known, unchanged
for weeks" from "new" would need a rule on the pattern's age that risks calming a new angina.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind29_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind29_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind29_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
