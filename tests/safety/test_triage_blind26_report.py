"""Record of blind triage set 26 (src/medgate/safety/data/triage_blind26_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read) plus the same line as set 25 (rarer settings, extreme ages, pregnancy and postpartum,
poisoning, mental health, emergencies told through numbers alone), at the same time as set 25, and
kept outside the repository until set 25's and then set 27's general fixes were merged; then scored
once, as written, on 2026-12-02 with the screen as of commit bab6c44
(`.venv/bin/python benchmarks/triage_eval.py --errors`). Recorded, not tuned:

    triage_blind26_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50          8/10 = 0.80   (quiet: 4/9 and 7/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   1/15                 1/15 = 0.07
    triage_blind26_clinical.yaml (45 vignettes)
      emergent -> emergent     4/15 = 0.27         12/15 = 0.80   (quiet: 3/14 and 11/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 1/15   (false alarms 1/30 = 0.03)

Missed: a 2-year-old who took six of a grandmother's amitriptyline 25 mg, now very sleepy with a
fast heart (read urgent: tricyclic poisoning with signs, TOXBASE — emergency); severe pre-eclampsia
told half in Portuguese at 34 weeks (severe headache, flashing lights, swollen face and hands, BP
164/112: NICE NG133); a 22-month-old with a missing lithium coin cell, drooling and refusing food
(button battery: NPIS/RCEM, emergency whatever the symptoms); a family with headache, nausea and
dizziness, a generator in the attached shed, a drowsy vomiting child and a lethargic dog (carbon
monoxide: read urgent); a calm man who sold his boat, paid his debts, "sorted everything so the
family won't have to deal with me", with paraquat in his car (high suicide risk: NICE NG225; set
27's fix reads letters, possessions given away and saved tablets, not these). Alarms: nocturnal
median-nerve tingling at 33 weeks told half in Polish (carpal tunnel); mild altitude symptoms at
3,500 m with SpO2 89% (self-care). One level up: pseudo-menses in a 5-day-old girl. Under-called
(labelled urgent): a spreading cellulitis with 37.8 °C; an infected perineal tear 8 days after birth.

After general fixes (not unseen): on this branch (triage-28), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_28.py, shared with set 28: 33 cases
that fail on the start commit 0c1fd23, 27 near misses and kept levels that pass on both), never the
set's sentences. Scored again with `benchmarks/triage_eval.py --errors`:

    triage_blind26_chat.yaml              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50         10/10 = 1.00   (quiet: 4/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind26_clinical.yaml
      emergent -> emergent     7/15 = 0.47         15/15 = 1.00   (quiet: 6/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30 = 0.00)

What was fixed. Misses: the tricyclic was read urgent because "is 2 years" (no "old") was no age and
"the strip is missing 6" no possible ingestion, so set 25's one-pill-can-kill rule (a child under 5,
the drug, a possible ingestion) lacked two of its three parts; a person's "is N years" is now an age
(not "years post-op/into/ago"), and a pack short of a count or a child found with the tablets or the
bottle is a possible ingestion (TOXBASE). Weeks of pregnancy, the pressure, a severe headache and
swollen face or hands are read in Portuguese and Spanish (NICE NG133). A coin cell (not only a
"battery") missing near a child is a button battery (NPIS / RCEM). Carbon monoxide: a household ill
together ("a family of N have all"), a pet ill with them, better "while he was out" (NHS). Suicide
warning signs: affairs settled by selling possessions or paying off debts, the family "won't have to
deal with me", a lethal means found in a car or room (AFSP; NICE NG225: two together). Alarms:
tingling in one hand that goes on shaking or flicking it is carpal tunnel (NICE CKS), not a one-arm
stroke sign; at 2,500 m / 8,000 ft and up a saturation of 85-92 % is the altitude's own (NEWS2 scale
2 there), under 85 % or breathless at rest, unsteady or confused is HAPE / HACE (WMS 2019). Level:
a newborn's own vaginal bleeding is no early pregnancy because a midwife is named; warm redness and
an area of redness spreading over days are cellulitis (NICE NG141); an offensive discharge or pus
from stitches is a wound infection (NICE NG194 / NG125). Nothing of this set is left; elsewhere
only set 5's chat moved (a port site that "has gone red" with ooze, routine to urgent, its label).

Twenty-second session: the returned-traveller rule learned the cities of malaria and dengue countries
(`findings/endemic_places.py`), and "returned from Manaus, Brazil" became travel to the tropics: fever
there, not told well in themselves, reads emergent by that rule (UK malaria guidelines: malaria excluded
the same day; CDC: an emergency until excluded), where this set's writer labelled a dengue-like fever
without warning signs urgent — a shape other writers label both ways (the project's first sets emergent).
One non-emergent vignette now reads emergent: the alarm ceiling is 1/30.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind26_clinical.yaml", 15 / 15, 1 / 30, ("non-emergent", "self-care")),
    ("triage_blind26_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind26_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
