"""Record of blind triage set 55 (src/medgate/safety/data/triage_blind55_*.yaml, issue 17).

Written at the start of the fifteenth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: an out-of-hours GP and community pharmacy service — older
people and care homes, pregnancy and the weeks after birth, people on many medicines (anticoagulants,
insulin, opioids, chemotherapy, immunosuppressants), from the UK, New Zealand, South Africa, Singapore and
the US; the clinical file told as an out-of-hours nurse's handover. Scored once, as written, on
2026-12-04 at 00c5966, before any tuning. Recorded (rules + findings):

    triage_blind55_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     10/10 = 1.00   (quiet 9/9)
      urgent -> emergent       0/5            (at least urgent 4/5)
      look-alike -> emergent   1/15 = 0.07
    triage_blind55_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  0/30 emergent (false alarms 0.00)

The alarm: a healthy 55-year-old who "overdosed" vitamin D by taking two 1,000 IU capsules instead of one
(the writer's routine). Read too low (writer: urgent, screen: routine): an 82-year-old living alone with
frequency, burning and 37.6 °C; in the clinical file seven of twelve urgent cases — a perineal wound
infection 12 days after birth, a fifth day of fever in a 5-year-old, nausea and a pulse of 56 on digoxin
after a diuretic rise, sick-day hyperglycaemia (CBG 15-19) on insulin, five days without a bowel action on
morphine, capecitabine diarrhoea four times a day, and a sudden one-sided muffled ear (the same shape set
54 left). Read too high: a care-home resident's stopped skin tear on apixaban (urgent; writer routine).

The learned layer (medgate.safety.learned), trained on sets 1-54 before this was read, alone read 25/25
emergencies and called none of the 45 other cases emergent; rules + findings + learned as rules + findings.

After the round (general fixes, so no longer unseen): rules + findings 10/10 (quiet 9/9) with 0/15 alarms
(at least urgent 4/5, none read emergent) and 15/15 (quiet 14/14) with 0/30 alarms; of the 45 clinical
cases only the muffled ear is read at another level than the writer's. Fixed: a vitamin "overdose" whose
own capsules are all that was taken is calm (rules/overdose.py: a form word, "took 2 capsules", is no
other drug; intent, toxicity, another medicine, a hard drug still fire; TOXBASE); a skin tear on a blood
thinner whose bleeding stopped with pressure and that is closed or dressed is routine (ISTAP 2018), and a
title's initial ("Mr X, 90") is no temperature (findings/measure_specs.py). Urgent at its level: a
perineal or surgical wound with discharge told yellow, green or smelling, or its edges apart (NICE NG194,
NG125; findings/treatment.py); a fever told by its fifth day or later (NICE NG143; findings/sepsis.py,
facts.py); nausea or a lost appetite on digoxin (NICE CKS / BNF; findings/toxicity.py); a glucose of 15
or more while ill on insulin with ketones normal (Diabetes UK / TREND-UK sick-day rules), with "CBGs"
read as glucose (findings/diabetes.py); three days or more without a bowel action on a strong opioid
(NICE CKS palliative care; findings/drug_harms.py); any diarrhoea on oral chemotherapy and a record's
"x4" count (UKONS 2023; findings/treatment.py). Left to the colleague on set 54's shapes: the sudden
one-sided muffled ear (clinical) and the 82-year-old's lower UTI (chat; her 37.6 is no fever, and living
alone is not what keeps her routine — "up to the loo every hour, says it burns" is not read as urinary
symptoms). Every other set's item keeps its level but one: set 33's steroid hyperglycaemia ("CBGs 14-17",
some thirst, writer routine) now reads urgent, its plural CBGs now read and the existing thirst rule
firing; no emergent reading of any set moved. Tests in other words: tests/safety/test_general_rules_55.py.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind55_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind55_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind55_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
