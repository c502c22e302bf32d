"""Record of blind triage set 10 (src/medgate/safety/data/triage_blind10_*.yaml, issue 17).

Written by a colleague (a general internist's brief, clinical-vignette heavy) who read only the first
30 and 20 lines of the set-6 files (for the format), never the screen or any other set, and scored
once, as written, on 2026-12-01 with the screen as of commit 2a65538 — after the general fixes for
sets 7, 8 and 9 (`.venv/bin/python benchmarks/triage_eval.py --errors`):

    triage_blind10_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     2/10 = 0.20          8/10 = 0.80   (quiet: 2/9 and 7/9)
      urgent -> emergent       0/5                  1/5   (at least urgent: 2/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind10_clinical.yaml (45 vignettes, Semigran-style)
      emergent -> emergent     4/15 = 0.27         12/15 = 0.80   (quiet: 2/13 and 10/13)
      non-emergent -> emerg.   0/15                 2/15
      self-care -> emergent    0/15                 3/15   (false alarms 5/30 = 0.17)

The first blind clinical set where rules and findings reach the issue's 0.80 emergent recall, but its
false alarms (0.17) are over the 0.15 allowed, and the chat set meets the chat bar (0.80, no alarm).
Misses: DKA told through numbers (486 mg/dL, dark ketone strip, fast deep breathing), a PE after knee
replacement with pleuritic pain and HR 118, a long lie with a hip fracture and dark urine, bleeding
after polypectomy on clopidogrel with HR 112, quiet suicide planning (giving the dog away, letters,
a stock of morphine). Alarms: teething at 37.4 °C (drooling), cramps after football on a hot day,
a bruise on apixaban without a fall, a 4-month-old with a cold and RR 48, COPD at his usual SpO2.
This is the day's last first score. Afterwards, general fixes for its false alarms only (not its
misses): a baby's tooth coming through is teething, not a dental abscess reaching the airway; NICE
NG51's adult respiratory-rate criterion no longer applies to a child (children.py has the paediatric
ones); "did not fall or hit his head" negates; "31 °C day" is the weather even with its unit letter;
someone whose usual SpO2 is 84-92 % is read on NEWS2 scale 2 and not alarmed at 93 %; and a child's
"skin between the ribs pulls in" is chest indrawing (so a croup case that had leaned on the adult
rate criterion stays emergent). Then general rules for its misses: a meter's "486 mg/dl" and a ketone
strip's "dark purple" (JBDS-IP DKA), pleuritic pain told at length, a long lie on the floor and the
signs of a hip fracture (NICE CG124), maroon stool as rectal bleeding, the preparation phrasings of a
quiet suicide plan ("given his dog to a neighbour", "letters to each of his children", "change his
will"). After them (not unseen): chat 10/10 and clinical 15/15 with no false alarm; no other set's
decision changed (two cases' evidence did).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind10_clinical.yaml", 1.0, 0.0, ("non-emergent", "self-care")),
    ("triage_blind10_chat.yaml", 1.0, 0.0, ("look-alike",)),
])
def test_blind10_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
