"""Record of blind triage set 60 (src/medgate/safety/data/triage_blind60_*.yaml, issue 17).

Written at the start of the seventeenth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a national nurse advice line's evening and night calls, all
ages and both sexes, from the UK, the US, Canada, India, Kenya, New Zealand, Scotland and Ghana, many of the
callers relatives or carers speaking for someone else; the clinical file told as the published
symptom-checker studies did. Held back — kept out of the repository and unread — until every triage change
of the session was in (the round on set 59 and the suicidal-ideation levels), then scored once, as written,
on 2026-12-05 at 05de4d8. Recorded, not tuned (rules + findings):

    triage_blind60_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     9/10 = 0.90    (quiet 8/9)
      urgent -> emergent       0/5            (at least urgent 5/5)
      look-alike -> emergent   0/15 = 0.00
    triage_blind60_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  0/30 emergent (false alarms 0.00)

Missed: a woman 34 weeks pregnant with a headache that crocin (paracetamol) does not relieve, sparkles and
flashes before her eyes, a swollen face and hands and a home blood pressure of 168/1xx (pre-eclampsia, NICE
NG133), told by her husband. Other levels (writer routine, read urgent): a wisdom tooth throbbing for three
days with no swelling, fever or trouble opening the mouth; a 4-year-old's earache with 38.6 °C that settles
with ibuprofen; an 80-year-old's three weeks of swollen ankles and more breathlessness on the stairs; new
atrial fibrillation found at a pharmacy check, without symptoms; a teething 7-month-old at 37.3 °C. The
screen of the session's start (0aef7f9) read the set the same, item for item.

The learned layer (medgate.safety.learned), trained on sets 1-59 before this was read, alone read 10/10 and
15/15 emergencies with 0/15 and 1/30 alarms.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind60_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind60_chat.yaml", 9 / 10, 0 / 15, ("look-alike",)),
])
def test_blind60_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
