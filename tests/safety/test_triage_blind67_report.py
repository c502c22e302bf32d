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

After a short round on this set (branch tri67; test_general_rules_67.py, in other words): a fuel with no flue
(coals, a grill, a wood-fired oven, a generator) burned with the door or windows shut or the hood or extractor
fan broken is carbon monoxide's closed room at work as at home, and colleagues ill together ("3 of my line
cooks have", "the rest of us feel") count as a shared illness; heaviness in the arm and the jaw told arm first
("heaviness sa left arm and his jaw", Tagalog "sa" for "in") with a cold sweat fires the jaw-and-arms rule; an
"overdose" of coffee or tea is no named overdose (caffeine tablets, or a drug named beside the drink, still
fire). Now chat 10/10 emergencies (quiet 9/9), 0/15 alarms; clinical unchanged 15/15, 0/30; no other set's
level changed. Left: the flexor tendon cut read emergent, the night-shift tiredness read urgent, and the
clinical urgent/routine level errors (gout, settled renal colic, mild shingles, a well child's tonsillitis).
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind67_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind67_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind67_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
