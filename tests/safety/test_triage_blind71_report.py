"""Record of blind triage set 71 (src/medgate/safety/data/triage_blind71_*.yaml, issue 17).

Written in the twenty-second session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a rural and remote telehealth line, an obstetric and
postnatal triage line and a school-nurse and student-health service, from Canada, Nigeria, Ireland, the
Philippines, the US, New Zealand, Kenya and Pakistan. Scored at once on 2026-12-05 at 09587b0 (the
twenty-first session's main, no triage change since). Recorded, not tuned (rules + findings):

    triage_blind71_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     10/10 = 1.00   (quiet 9/9)
      urgent -> emergent       0/5
      look-alike -> emergent   1/15 = 0.07
    triage_blind71_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  2/30 emergent

Alarms: a student's "i think i overdosed on caffeine" (two energy drinks and a coffee, pulse 92, "fine
otherwise"); a mother five weeks after a caesarean, low and tearful, who denies any thought of harming
herself or the baby; a man back from Kisumu with fever and no danger sign (malaria to be tested the same
day: urgent). Other level: a contact-lens wearer's painful red eye with a white corneal spot (a corneal
ulcer, urgent) read routine.

The learned layer (medgate.safety.learned), trained on sets 1-70 before this was read, alone read 10/10 and
15/15 emergencies with 0/15 and 0/30 alarms.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind71_clinical.yaml", 15 / 15, 2 / 30, ("non-emergent", "self-care")),
    ("triage_blind71_chat.yaml", 10 / 10, 1 / 15, ("look-alike",)),
])
def test_blind71_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
