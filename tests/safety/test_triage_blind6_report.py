"""Record of blind triage set 6 (src/medgate/safety/data/triage_blind6_*.yaml, issue 17).

Written by a colleague who read only the first 30 lines of one earlier file (for the format), never
the screen, and scored once, as written, on 2026-12-01 with the screen as of commit cc95f2a — after
the general fixes for set 5 (`.venv/bin/python benchmarks/triage_eval.py --errors`):

    triage_blind6_chat.yaml (80 messages; 27 of the 35 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     7/35 = 0.20         23/35 = 0.66   (quiet: 4/27 and 16/27)
      urgent -> emergent       0/15                 1/15   (at least urgent: 6/15)
      look-alike -> emergent   1/30 = 0.03          2/30 = 0.07
    triage_blind6_clinical.yaml (40 vignettes)
      emergent -> emergent     2/14 = 0.14         10/14 = 0.71   (quiet: 1/11 and 8/11)
      non-emergent -> emerg.   0/13                 0/13
      self-care -> emergent    0/13                 0/13   (false alarms 0/26)

Sixth first score of the day and the same picture as sets 4 and 5 (0.64/0.56, 0.69/0.79): the rules
and findings layers catch about two thirds of emergencies in patients' words and about three
quarters in clinicians' words on text nobody tuned them for, with few false alarms. The misses are
again presentations the screen has no rule for (sickle cell with fever, priapism on trazodone,
post-partum psychosis, staggered paracetamol overdose, Addisonian crisis, a bleeding dialysis
fistula, transplant pyelonephritis, inferior STEMI by its ECG, hyperkalaemia by its level, cerebral
venous thrombosis) and phrasings of known ones ("eye is paining", "0 to 10 instantly", "chucked up").

General fixes followed (adrenal crisis, priapism, sickle cell and transplant as immunosuppression,
post-partum psychosis, a fit in pregnancy or after birth, a bleeding fistula, ST elevation by its
ECG, a staggered paracetamol overdose, those phrasings, "unconscious bias" and a worry about what
might happen as not asserted). After them (not unseen): chat 31/35 with no look-alike alarm, clinical 13/14.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind6_clinical.yaml", 0.92, 0.0, ("non-emergent", "self-care")),
    ("triage_blind6_chat.yaml", 0.88, 0.0, ("look-alike",)),
])
def test_blind6_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
