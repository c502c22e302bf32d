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

After the round on this set (test_general_rules_60.py, each rule in other words with its near misses): the
missed pre-eclampsia was no question of the brand, "not going with" or the monitor "showing": "my wife is 34
weeks pregnant" was read as the wife's age (0.65 years), which took the span from the gestation, so no
pregnancy finding could fire; a relative's weeks followed by "pregnant" or "gestation" are now the
gestation (NICE NG133). A toothache told with the signs of a spreading infection denied ("no swelling",
"can open my mouth fine", "swallowing fine") is the dentist's, not a same-day severe pain (NICE CKS dental
abscess), one told alone or with a fever stays urgent, and a "back tooth" is no back pain; a gum swollen
over a tooth "about to come through" is teething (NICE CKS Teething), a grown tooth's swollen gum is still
an abscess, and "face not swollen" no longer asserts the swelling; an irregular pulse found at a pharmacy or
blood pressure check, a monitor or a watch, in someone well, is for a routine ECG (NICE NG196), urgent with
breathlessness, chest pain, dizziness or a faint, a rate over 110, an onset within hours or palpitations
begun within two weeks. Now chat 10/10 with 0/15 alarms (urgent 5/5, none emergent), clinical 15/15 with
0/30, not unseen; of every other level set only two asymptomatic irregular pulses found at checks (sets 21
and 50, written routine) change, to routine. Left, as the brief asked: the 4-year-old's earache with 38.6 °C that settles with ibuprofen
(writers split on a child's earache with fever) and the 80-year-old's three weeks of swollen ankles with
more breathlessness on the stairs (a judgement between heart failure's routine and same-day review).
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind60_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind60_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind60_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
