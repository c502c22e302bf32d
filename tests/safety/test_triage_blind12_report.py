"""Record of blind triage set 12 (tests/safety/triage_blind12_*.yaml, issue 17).

Written by a colleague briefed as a general practitioner (South Africa, the Philippines, the US
Midwest; telehealth for older adults and pregnant women), weighted to the elderly, pregnancy, drug
harms, infection in the immunosuppressed and mental health, with worried-well look-alikes built on
scary words; given the format inline and reading no project file; scored once, as written, on
2026-12-01 with the screen as of commit 5301f4d (`.venv/bin/python benchmarks/triage_eval.py --errors`):

    triage_blind12_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          8/10 = 0.80   (quiet: 3/9 and 7/9)
      urgent -> emergent       0/5                  1/5   (at least urgent: 3/5)
      look-alike -> emergent   2/15                 4/15 = 0.27
    triage_blind12_clinical.yaml (45 vignettes)
      emergent -> emergent     7/15 = 0.47          9/15 = 0.60   (quiet: 5/13 and 7/13)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    0/15                 1/15   (false alarms 2/30 = 0.07)

The hardest first score of the blind triage sets for false alarms on chat: 4 of 15 worried-well
messages alarmed (a CrossFit chest-wall strain the writer calls "chest pain", fetal hiccups called
"seizures", "did i overdose??" on 2 g of paracetamol, a newborn girl's pseudo-menses). Misses: daily
instead of weekly methotrexate with mouth sores and fever (urgent only), a quiet suicide plan in a
bereaved 79-year-old (stockpiled tablets, "won't be a burden much longer"); clinically HELLP (urgent
only), a GI bleed on rivaroxaban with NSAIDs and a postural drop, methotrexate with trimethoprim and
neutrophils 0.3, a transplant patient's fever with new confusion, psychosis with a knife bought "to
deal with them", a ruptured aneurysm told as a first renal colic (urgent only).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind12_clinical.yaml", 0.60, 0.07, ("non-emergent", "self-care")),
    ("triage_blind12_chat.yaml", 0.80, 0.27, ("look-alike",)),
])
def test_blind12_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
