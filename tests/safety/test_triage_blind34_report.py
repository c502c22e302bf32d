"""Record of blind triage set 34 (src/medgate/safety/data/triage_blind34_*.yaml, issue 17).

Written by a colleague to the brief in tests/safety/BLIND_BRIEF.md (format inline, no project file
read) with this round's emphasis: emergencies told by a third party (care-home staff, a teacher, a
neighbour, an interpreter), several messages pasted together, the key fact in the middle of a long
message, mixed languages, a casual question that hides the danger; clinical cases as triage-desk
notes, telephone triage, GP and out-of-hours records, ward calls and one-line symptom-checker cases;
look-alikes carrying emergency words in safe contexts. Scored once, as written, with the screen as
of commit 2c5886e on 2026-12-03 (`.venv/bin/python benchmarks/triage_eval.py --errors --rounds 1`).
Recorded, not tuned:

    triage_blind34_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          8/10 = 0.80   (quiet: 3/9 and 7/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 4/5)
      look-alike -> emergent   0/15                 1/15 = 0.07
    triage_blind34_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     6/15 = 0.40         12/15 = 0.80   (quiet: 5/14 and 11/14)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    0/15                 0/15   (false alarms 1/30 = 0.03)

Missed (read routine unless said): a 7-year-old with a nut allergy whose lips swell, neck blotches
and voice goes croaky with throat clearing and tummy pain after a flapjack, told by her teacher, who
asks whether to wait for mum (anaphylaxis: airway and gut after a known allergen); a 6-week-old with
101.3 °F rectal, sleepy and feeding poorly, in Spanish and English (fever under 3 months); day 6 after
an emergency caesarean, 38.7 °C, pulse 128, fast breathing, offensive lochia and little urine (read
urgent: maternal sepsis); a 20-month-old who may have swallowed a button battery, well now (button
battery ingestion is an emergency while well); a 76-year-old in AF off apixaban with "worst ever"
abdominal pain, a soft belly and lactate 4.8 (mesenteric ischaemia: pain out of proportion).
False alarms: a 19-year-old "unconscious" under a general anaesthetic for wisdom teeth three days ago
(an alarm word in the past and under anaesthesia); a 22-year-old's recurrent panic attacks with
normal ECGs and a feeling she is going to die (chest tightness, normal observations).
Level error: mild croup in a 2-year-old, stridor only when upset, read routine (urgent).

After general fixes (not unseen): rules written as a clinician states them, each tested in other words
in tests/safety/test_general_rules_34.py (30 cases that fail on b7cb64d, 20 near misses that pass on
both), then the set scored again (same command):

    triage_blind34_chat.yaml (30 messages)
                              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50         10/10 = 1.00   (quiet: 4/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15 = 0.00
    triage_blind34_clinical.yaml (45 vignettes)
      emergent -> emergent     7/15 = 0.47         15/15 = 1.00   (quiet: 6/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30 = 0.00)

Fixed: anaphylaxis told by a hoarse or croaky voice or throat clearing with hives or lip swelling, or
hives with tummy pain or vomiting after an allergen (RCUK 2021; WAO 2020), and lips swollen a few words
on; an infant's age in Spanish, Portuguese, Italian or French weeks or days, so a fever under 3 months is
read (NICE NG143); maternal sepsis after a birth or caesarean, a fever with two red flags (RCOG Green-top
64b; NICE NG51), and a carer's "isn't herself" no longer denies the shivering after it; a button battery
swallowed, mouthed or missing (NPIS / RCEM / BAPS); pain out of proportion to a soft abdomen in AF, and
abdominal pain with a lactate of 4 or more (ESVS 2017; NICE NG51), and "worst ever" as severe pain; a
sign after "under a general / GA / sedation" is a planned anaesthetic, not an event; a troponin told
normal is no ischaemia (NICE CG95), and chest pain with a sense of doom is emergent unless the episodes
were investigated and found normal (recurrent panic); croup in a child with stridor even only when upset,
a hoarse voice or a fever is same-day (NICE CKS croup). Every other set kept its emergent recall and
false alarms; three earlier croup vignettes labelled urgent (sets 16, 19, 22) now read urgent too.
Left: nothing in this set; a croup told of a "wee one is 2" (set 5) still reads routine, the child
not being recognised from that phrase.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind34_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind34_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind34_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
