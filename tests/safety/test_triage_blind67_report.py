"""Record of blind triage set 67 (src/medgate/safety/data/triage_blind67_*.yaml, issue 17).

Written late in the twentieth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a workplace occupational-health line (construction, factories,
offshore rigs, kitchens), a sports-medicine and outdoor-event first-aid service and a university hospital's
telephone triage, from Norway, the US, India, Brazil, Ireland, South Africa, Australia and the Philippines.
**Held back**: kept outside the repository, unread, until every change of the session (the rounds on sets 65
and 66 included) was merged, then scored once on 2026-12-05 at 3ad3b19. No round on it yet.
Recorded, not tuned (rules + findings):

    triage_blind67_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     8/10 = 0.80    (quiet 7/9)
      urgent -> emergent       1/5
      look-alike -> emergent   1/15 = 0.07
    triage_blind67_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  0/30 emergent

The same with the session's starting screen (993a3cd), item for item: set 65's carbon monoxide rule (coals
or a brazier in a room of the home) did not reach a restaurant kitchen. Missed: a charcoal grill kept going
in a restaurant kitchen with the hood fan broken and the back door shut, three cooks with headaches, one
dizzy and vomiting (carbon monoxide at work); a welder of 58 with heaviness in the left arm and jaw, a cold
sweat and pallor for 40 minutes, called "hyperacidity", written in Taglish (a heart attack). Alarm: "overdosed
on coffee", three cups and jittery with a heart rate of 84. Other levels: a flexor tendon cut ("can't bend
the tip of that finger by itself": urgent; read emergent); night shifts "killing me" (routine; read urgent);
acute gout (urgent; read routine); renal colic settled by diclofenac in a man "with previous kidney stones"
(urgent; read routine: set 65's round made the shape urgent only where a colon ends the history); mild shingles on the
trunk at 35 (routine; read urgent); a well child's exudative tonsillitis (routine; read urgent, one of the
shapes earlier sets label urgent).

The learned layer (medgate.safety.learned), trained on sets 1-64 before this was read, alone read 10/10 and
15/15 emergencies, with 0/15 and 1/30 alarms.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind67_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind67_chat.yaml", 8 / 10, 1 / 15, ("look-alike",)),
])
def test_blind67_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
