"""Record of blind triage set 9 (src/medgate/safety/data/triage_blind9_*.yaml, issue 17).

Written by a colleague (a telephone-triage nurse's brief: NHS 111 and a US advice line) who read
only the first 30 and 20 lines of the set-6 files (for the format), never the screen or any other
set, and scored once, as written, on 2026-12-01 with the screen as of commit 9587996 — after the
general fixes for sets 7 and 8 (`.venv/bin/python benchmarks/triage_eval.py --errors`):

    triage_blind9_chat.yaml (70 messages; 20 of the 25 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent    10/25 = 0.40         22/25 = 0.88   (quiet: 8/20 and 19/20)
      urgent -> emergent       1/10                 2/10   (at least urgent: 7/10)
      look-alike -> emergent   2/35 = 0.06          2/35 = 0.06
    triage_blind9_clinical.yaml (30 vignettes, Semigran-style)
      emergent -> emergent     3/10 = 0.30          7/10 = 0.70   (quiet: 3/8 and 6/8)
      non-emergent -> emerg.   0/10                 0/10
      self-care -> emergent    0/10                 0/10   (false alarms 0/20)

The first blind chat set to meet the issue's chat criteria for rules and findings alone (emergent
recall >= 0.80, look-alike alarms <= 0.10). Its misses: two emergencies in plain alarm words that
the rules should have caught (a friend "not breathing and i cant feel a pulse"; a seizure for 7
minutes, "gone a bit blue"), a clot after knee replacement with breathlessness and a fast heart;
clinical: carbon monoxide told through a new heater and a household with headaches, fever after
splenectomy with cold hands, a penetrating eye injury. Alarms: a pre-op questionnaire answered
"no" item by item, "not suicidal or anything like that".

General fixes followed, each a published rule: not breathing or no pulse (Resuscitation Council UK,
a rule the screen lacked outside poisoning), a seizure with a blue colour or a first seizure (NICE
NG217), a seizure's minutes counted across a comma, one leg "on that side" fatter, "improves when
out of the house" and "her two children have had" for carbon monoxide, a splenectomy years ago is
still no spleen, a penetrating eye injury; look-alikes: a form item answered "item: no", "not
suicidal". After them (not unseen): chat 25/25 with no look-alike alarm, clinical 10/10 with no
false alarm; no decision changed on any other set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind9_clinical.yaml", 1.0, 0.0, ("non-emergent", "self-care")),
    ("triage_blind9_chat.yaml", 1.0, 0.0, ("look-alike",)),
])
def test_blind9_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
