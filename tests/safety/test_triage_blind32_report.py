"""Record of blind triage set 32 (src/medgate/safety/data/triage_blind32_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read) plus a line of emphasis: emergencies told through findings and course rather than alarm
words (numbers read off a home thermometer, oximeter, BP cuff, glucose meter or smart watch told
flatly; timelines worsening over hours or days; a child or elderly person whose behaviour changed;
symptoms after a procedure, a new medicine, a bite, a fall or travel), people writing for someone
else or in a second language; clinical vignettes in a triage nurse's or GP's terse record style;
look-alikes with readings alarming out of context but safe in it (an athlete's pulse, a known
baseline, a device error rechecked, a treated fever settling), past events, risk questions, health
anxiety. Written at the start of the seventh session and scored once, as written, on 2026-12-02 with
the screen as of commit 303e11e (`.venv/bin/python benchmarks/triage_eval.py --errors --rounds 1`).
Recorded, not tuned:

    triage_blind32_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          8/10 = 0.80   (quiet: 3/9 and 7/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15 = 0.00
    triage_blind32_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     9/15 = 0.60         15/15 = 1.00   (quiet: 8/14 and 14/14)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    0/15                 0/15   (false alarms 1/30 = 0.03)

At the chat bar (rules and findings alone >= 0.80), clinical above it. Missed (chat, both read
urgent): a 74-year-old a week into digoxin whose watch shows a pulse of 38, with nausea, yellow-tinged
vision and near-fainting on the stairs (digoxin toxicity with symptomatic bradycardia); five days
after a laparoscopic cholecystectomy a swelling, tender abdomen all over, 38.6, resting pulse 118
against a usual 62, dark urine (a post-operative leak or peritonitis with sepsis). Clinical false
alarm: a 7-year-old's exudative tonsillitis, alert and drinking, T 38.3 and HR 112 (read emergent);
level errors: six months of unchanged exertional angina with a normal ECG (routine, read urgent), a
sudden one-sided hearing loss with Weber lateralising away from it (sudden sensorineural hearing
loss, urgent: read routine).

After general fixes (not unseen): on this branch (triage-32), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_32.py: 20 cases that fail on the
start commit 5885e37, 18 near misses and kept levels that pass on both), never the set's sentences.
Scored again with `benchmarks/triage_eval.py --errors --rounds 1`:

    triage_blind32_chat.yaml              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40         10/10 = 1.00   (quiet: 3/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15 = 0.00
    triage_blind32_clinical.yaml
      emergent -> emergent     9/15 = 0.60         15/15 = 1.00   (quiet: 8/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30 = 0.00)

What was fixed. Misses: on digoxin, a slow pulse (under 50, or 40 or less when a watch or oximeter
reads it: they undercount in atrial fibrillation) with nausea, loss of appetite, a yellow or green
tinge, haloes, a near-faint ("swimmy", "woozy", "light-headed", "nearly passed out") or confusion is
digoxin toxicity with symptomatic bradycardia (NICE CKS / BNF digoxin; RCUK 2021), a visual colour
change or vomiting on digoxin alone same-day; on any rate-limiting drug (a beta-blocker, digoxin,
verapamil, diltiazem, ivabradine) a pulse under 50 with a faint or near-faint is emergent, and a
near-faint is an adverse feature of any pulse of 40 or less. After an abdominal operation in clinical
or lay words (gallbladder or appendix out, a bowel op, a c-section, a hernia repair, keyhole surgery
that is not on a joint), a belly sore all over, swelling up or getting bigger ("generalised abdominal
tenderness" in a record) with fever, rigors, a pulse over 100 or vomiting is a post-operative
peritonitis or leak (NICE NG51: surgery within six weeks; generalised peritonism, admit); the wounds
alone sore, an operation years ago, or keyhole knee surgery stay calm. The pulse is read as "pulso"
too. False alarm: a record's terse child age ("7F", "10M", "7yo", "9 y/o", "aged 6") was not read,
so the rules' adult SIRS pair (fever with HR over 100) fired on a 7-year-old's HR 112; the age is
now read (rules and findings), and NICE NG143's limits by age apply. Levels: an exertional pain
settling with rest told as an unchanged, established pattern is stable angina (NICE CG126), routine,
while a pattern "coming more often" is crescendo angina (emergent) and exertional pain with nothing
said of rest still alarms; a sudden one-sided hearing loss told with a record's side letter ("R ear
'full' and muffled hearing", "Weber lateralises to L") is same-day (NICE NG98). Set 20's clinical
vignette of a man who woke with muffled hearing and ringing in one ear, Weber's test lateralising
to the other side, now reads urgent as expected (no other set moved).
Left: the 7-year-old's exudative tonsillitis now reads urgent, not routine, from the sore throat
with fever and pus (NICE NG84 FeverPAIN / Centor: a same-day antibiotic decision is defensible, not a
clear defect). A heart rate told against its usual value ("118, normally 62") is not read as a
change: the post-operative rule and NICE NG51's moderate criteria already carry that message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind32_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind32_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind32_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
