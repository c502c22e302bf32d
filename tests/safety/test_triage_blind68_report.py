"""Record of blind triage set 68 (src/medgate/safety/data/triage_blind68_*.yaml, issue 17).

Written at the start of the twenty-first session by a colleague who never saw the screen, to the blind
brief (tests/safety/BLIND_BRIEF.md) with a flavour: a maternity and newborn advice line, a travel-medicine
and returned-traveller clinic and a rural farming community's nurse line, from Ireland, the US, Uganda,
Peru, Canada, Bangladesh, New Zealand and Germany. Scored at once on 2026-12-05 at 69cfca3.
Recorded, not tuned (rules + findings):

    triage_blind68_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     8/10 = 0.80    (quiet 7/9)
      urgent -> emergent       0/5
      look-alike -> emergent   3/15 = 0.20
    triage_blind68_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  1/30 emergent

Missed: a secondary postpartum haemorrhage six days after a home birth told in Bangla English (a cloth
soaked every hour, clots "like liver piece", dizzy on standing, pale); organophosphate poisoning after a
sprayer's hose split while spraying canola (sweating, drooling, pinpoint pupils, cramps, twitching: set 65's
rule knew the crop sprayed only by a few crop words). Alarms: a six-day-old girl's pink mucus in her nappy
(the newborn's withdrawal bleed), a three-week-old's rectal 99.3 °F (37.4 °C, no fever) after swaddling,
an oxygen saturation read at altitude in Cusco in a well traveller; in the clinical file, neonatal acne at
three weeks. Other levels: gum bleeding in pregnancy (routine; read urgent), a corneal foreign body with an
abrasion (urgent; read routine).

The learned layer (medgate.safety.learned), trained on sets 1-67 before this was read, alone read 8/10 and
15/15 emergencies with 0/15 and 0/30 alarms; with rules and findings, 9/10 in chat.

After a round on this set (tests/safety/test_general_rules_68.py, each shape in other words with near
misses): a birth told by its place with "back" for "ago" is after a birth, and a cloth or rag soaked every
hour, big clots or clots "like liver" are heavy bleeding; any crop sprayed ("spraying the X") or the sprayer
itself counts as the exposure with two cholinergic signs, pupils "like pinpricks" among them; a newborn
girl's blood "from her private part" is her withdrawal bleed; a normal temperature in a "no" list, or a
decimal Fahrenheit after "it was", is read (no fever); "the altitude" and the common destinations above
2,500 m named without a height let a saturation of 88-92 % be the altitude's; the gums or the nose bleeding
are no vaginal bleeding; a foreign body seen on the cornea is a same-day removal (set 42's grinding fleck too).
Rules + findings now: chat 10/10 (quiet 9/9) with 0/15 alarms, clinical 15/15 with 0/30; every level in the
set right. Left: nothing in this set; the altitude destinations are a short list of the commonest (a place
not in it still needs its height or "altitude" told).
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind68_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind68_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind68_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
