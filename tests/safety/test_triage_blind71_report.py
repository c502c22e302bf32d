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

The learned layer (medgate.safety.learned), trained without this set (on every other set, 72 and 73
included), alone read 8/10 and 14/15 emergencies with 0/15 and 0/30 alarms. (A first reading, 10/10 and
15/15, was taken with the set already in the training data: a measurement error, corrected.)

After a round on this set (tests/safety/test_general_rules_71.py, each shape in other words with its near
misses): an "overdose" of caffeine told of coffee or energy drinks is no alarm in a well adult (rules/caffeine.py;
TOXBASE: toxic from about 10 mg/kg), while caffeine tablets or powder, chest pain, a fast (100 or more) or
irregular heartbeat, signs of toxicity, a child, intent or another drug keep it emergent; a questionnaire's
self-harm item scored nil before the item with no verb ("0 on the self-harm item") is negated (the trigger was
the item's own word "self-harm", read as an act; any other score still fires); "alert, walking, drinking" is a
febrile adult told well, so HR 91-130 with a fever is NICE NG51's moderate risk (urgent) and the traveller back
from Kisumu reads urgent; a white spot on the cornea of a red or sore eye, or of a contact-lens wearer's eye, is
a suspected corneal ulcer (urgent), and a red eye told with more adjectives ("red, painful, watering left eye")
and "sore in bright light" are read. Now (rules + findings): chat 10/10 (quiet 9/9) with 0/15 alarms, clinical
15/15 with 0/30; every level set 265 -> 260 errors, no OK turned ERR (set 44's contact-lens eye also mended).
Left: the returned-traveller group does not know Kisumu (no place added from the set's own words), so the
traveller reads urgent by NG51's moderate risk rather than by the malaria discriminator.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind71_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind71_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind71_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
