"""Record of blind triage set 37 (src/medgate/safety/data/triage_blind37_*.yaml, issue 17).

Written by a colleague at the same time as set 36, to the blind brief (tests/safety/BLIND_BRIEF.md,
format inline, no project file read; this round's emphasis: emergencies whose danger lies in a
combination of two ordinary symptoms, in timing, in a vulnerable patient — newborn, immunosuppressed,
anticoagulated, after surgery or delivery — or in a number, told by a teenager, a partner or a
colleague in a fast-typed message; clinical cases as walk-in, 111/telehealth, obstetric triage,
paediatric phone advice, crisis line and liaison psychiatry notes; look-alikes with emergency words in
safe contexts). Held back: kept outside the repository until set 36's fixes were merged (92ab852),
then scored once, as written, on 2026-12-03 (`.venv/bin/python benchmarks/triage_eval.py --errors
--rounds 1`). Recorded, not tuned:

    triage_blind37_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          9/10 = 0.90   (quiet: 3/9 and 8/9)
      urgent -> emergent       1/5                  1/5   (at least urgent: 5/5)
      look-alike -> emergent   2/15                 2/15 = 0.13
    triage_blind37_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     2/15 = 0.13          9/15 = 0.60   (quiet: 1/14 and 8/14)
      non-emergent -> emerg.   0/15                 2/15
      self-care -> emergent    1/15                 1/15   (false alarms 3/30 = 0.10)

With the screen of the round's start (68a2340) the set reads the same, line for line: set 36's fixes
carried nothing to this writer, and broke nothing.
Missed: a 58-year-old coworker's jaw and both arms aching, sweating in air-conditioning, grey, 40
minutes, antacid no help (acute coronary syndrome without "chest pain"; read routine); a 14-year-old's
sudden left lower abdominal pain with vomiting who declined a genital examination (torsion until
proven otherwise; read routine); 37.9 then 38.0 °C an hour apart on day 9 of chemotherapy (neutropenic
sepsis; read urgent); fever, sore mouth, crusted lips, gritty red eyes and blistering dusky patches 16
days into lamotrigine (Stevens-Johnson syndrome; read urgent); a household's headaches better away
from home with an old boiler relit and a sleepy cat (carbon monoxide; read routine); bright red blood
with clots on day 6 after tonsillectomy, stopped now (secondary haemorrhage; read routine); a
76-year-old's two hours of nausea, clamminess, breathlessness and pulse 46 (read routine).
Look-alike alarms: two 1000 IU vitamin D tablets "overdosed" at 20 weeks' pregnancy; a question about
a sertraline leaflet's warning of suicidal thoughts for a father doing well.
Clinical false alarms: itching of palms and soles at 31 weeks (obstetric cholestasis: urgent); a
90-year-old's new cough with T 37.8 and observations at his baseline (urgent); a 16-week-old's fever
of 38.3 six hours after MenB vaccination, feeding and smiling (routine).
Level errors: mastitis with fever (urgent, read emergent); glucose 17-19 for three days while
improving (urgent, read routine); exudative tonsillitis (routine, read urgent, as in set 35); new
frequent migraine with aura on the combined pill (urgent, read routine); sudden unilateral hearing
loss (urgent, read routine).

After general fixes (not unseen): the round's rules, each from a published source and tested in other words
(tests/safety/test_general_rules_37.py), not on this set's sentences, read it:

    triage_blind37_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50          10/10 = 1.00   (quiet: 4/9 and 9/9)
      urgent -> emergent       1/5                  1/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15 = 0.00
    triage_blind37_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     4/15 = 0.27          15/15 = 1.00   (quiet: 3/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30 = 0.00)

Fixed: jaw and arm pain with sweating, nausea or breathlessness (NICE CG95); sudden lower abdominal pain with
vomiting in a boy of 10-19 (NICE CKS / BAUS torsion); chemotherapy told by its cycle, regimen or acute oncology
service, so a fever of 38 on it fires (NICE NG151, UKONS); fever with sore mouth or eyes on an SJS culprit drug,
blisters that break easily on dusky skin (BAD 2016); a household ill together, better at school or work, a pet
sleeping all the time (NICE CKS CO); fresh blood or clots after a tonsillectomy, even stopped (ENT UK); a pulse
under 50 with two adverse features (RCUK 2021); a vitamin "overdose" told in another sentence (TOXBASE); a
leaflet's warning (ConText hypothetical); skin scratched "till they bleed" (no vaginal bleeding) and itching of
palms or soles in pregnancy, urgent (RCOG GTG 43); "baseline muddled" (no new confusion) and an infection over
75 with a raised temperature or dementia, urgent (NICE NG51); a fever red under 3 months only (NICE NG143: a
16-week-old's 38.3 is not red); a glucose meter's readings; migraine with aura on a newly started combined pill
(UKMEC 2016 / FSRH); one ear "muffled" (NICE NG98). Other sets moved only for the better: a 79-year-old's
cough with T 37.8 (urgent) and itching of palms and soles at 28 weeks (urgent) now read urgent; no recall fell
and no alarm rose anywhere.
Left: mastitis with fever in a mother breastfeeding a 5-week-old still reads emergent (the infant's age takes
the fever: telling whose temperature it is needs more than a word rule, and a febrile young infant must not be
missed); exudative tonsillitis (routine) still reads urgent, as in set 35.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind37_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind37_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind37_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
