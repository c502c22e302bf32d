"""Record of blind triage set 14 (src/medgate/safety/data/triage_blind14_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read), asked only to differ from set 13's writer in cases, ages, countries and styles; kept
outside the repository while set 13 was fixed, then scored once, as written, on 2026-12-02 with the
screen as of commit 470ab34 (set 13's general fixes merged) (`.venv/bin/python
benchmarks/triage_eval.py --errors`). This is the honest figure of the session:

    triage_blind14_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          7/10 = 0.70   (quiet: 3/9 and 6/9)
      urgent -> emergent       0/5                  1/5   (at least urgent: 3/5)
      look-alike -> emergent   2/15                 3/15 = 0.20
    triage_blind14_clinical.yaml (45 vignettes)
      emergent -> emergent     6/15 = 0.40         10/15 = 0.67   (quiet: 6/14 and 9/14)
      non-emergent -> emerg.   2/15                 3/15
      self-care -> emergent    0/15                 0/15   (false alarms 3/30 = 0.10)

Misses: an inferior MI in a 78-year-old told as "only gas" (jaw and shoulder pain, sweating,
pallor, BP 92/60, pulse 110); an ectopic told as "probably a cyst" (period late, one-sided pain,
shoulder-tip pain, near-faint); a stroke in a care home in Scots ("no making sense", can't hold a
cup in her right hand, mouth squint on one side); clinically placental abruption (urgent only), a
button battery swallowed by a well child, complete heart block on bisoprolol and donepezil (urgent
only), cauda equina, testicular torsion told as a stomach bug. False alarms: "am I having a stroke
lol" about a dead leg after sitting on the toilet, "overdosed" on ghost-pepper wings, a video game's
seizure warning; clinically pericarditis (widespread ST elevation with PR depression), a second
renal colic with normal observations, Bell's palsy with the forehead involved.

After general fixes (not unseen): on this branch (triage-14), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_14.py: 46 cases that fail on the
start commit f506ab2, 31 near misses that pass on both), never the set's sentences. Scored again
with `benchmarks/triage_eval.py --errors`:

    triage_blind14_chat.yaml              rules alone          rules + findings
      emergent -> emergent     6/10 = 0.60         10/10 = 1.00   (quiet: 5/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind14_clinical.yaml
      emergent -> emergent     7/15 = 0.47         15/15 = 1.00   (quiet: 7/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30)

What was fixed. Misses: anginal equivalents told in Indian English ("shoulder is paining"; only
"pain" was read), and a shock index over 1 in an adult is now emergent on its own (ATLS); "period's
about 3 weeks late" and "the tip of my left shoulder" (NICE NG126); Scots BE-FAST ("she's no making
sense" was read as a negation of everything after it, "cannae hold", a mouth gone "squint", "mixing
her words up"); a gestation written after an obstetric formula ("G3P2, 31 weeks"), so bleeding
after 20 weeks fires (RCOG GTG 63); any small round or disc battery missing (NPIS); presyncope told
as "everything went grey" (RCUK bradycardia adverse feature); new urinary hesitancy and reduced
perianal sensation (GIRFT 2023); a high-riding, horizontal testis or absent cremasteric reflex
(NICE CKS). Alarms: "no pulsatile mass" was read as a pulseless limb, which shielded its own
negation, so every renal colic examined for an aneurysm alarmed; widespread ST elevation or PR
depression is pericarditis, same day (ESC 2015), while ST elevation in a territory stays a STEMI;
the forehead as the subject of its own negated verb ("the forehead does not wrinkle") is Bell's
palsy in both layers; "am I having a stroke?" beside a leg gone to sleep on the toilet; "overdosed
on" a food; a product's warning is hypothetical and "never had a fit" negates (the concept had
swallowed "had"); "I don't know what to do" is no disorientation (it had made the pyelonephritis
emergent); "non-pregnant" negates pregnancy (the simple cystitis, urgent through NICE NG109, is
routine). Urgent: lymphangitis (NICE CKS cellulitis), a foreign body in the eye from grinding
(NICE CKS corneal injury), vomiting in pregnancy with ketonuria (RCOG GTG 69), a child's new limp
(NICE CKS), passive thoughts of death without a plan (NICE CG90 / NG225). On the other sets 11
decisions (rules + findings) moved: 10 to their urgent label (transient synovitis, hyperemesis and
passive death wishes in sets 5 and 7-13; set 9's passive death wish from emergent, which it owed to
"I dont know who to talk to" read as disorientation), and set 2's non-pregnant cystitis at 37.9 C
(urgent label) to routine: it was urgent only by reading "non-pregnant" as pregnant. Still off the label on set 14: nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    # floors raised to what the general fixes reached (the first-sight figures were 10/15, 3/30; 7/10, 3/15)
    ("triage_blind14_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind14_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind14_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
