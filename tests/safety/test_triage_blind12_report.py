"""Record of blind triage set 12 (src/medgate/safety/data/triage_blind12_*.yaml, issue 17).

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

After general fixes (not unseen): on this branch (triage-11-12), rules written as a clinician
states them and tested in other words (tests/safety/test_general_rules_11_12.py), never the set's
sentences. Scored again with `benchmarks/triage_eval.py --errors`:

    triage_blind12_chat.yaml              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50         10/10 = 1.00   (quiet: 4/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 4/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind12_clinical.yaml
      emergent -> emergent     9/15 = 0.60         15/15 = 1.00   (quiet: 7/13 and 13/13)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30)

What was fixed. Alarms: chest pain reproduced by pressing on it or by twisting and reaching is
chest-wall pain and no longer counts exertion as a coronary feature (AHA/ACC 2021; sweating,
breathlessness or radiation still fire); a general claim ("babies can have seizures") is
hypothetical; "did i overdose?" is a question like "is that an overdose?" (the amounts decide); a
newborn girl's blood from the vagina is not blood in the stool (physiological withdrawal bleeding);
grey blisters are no grey skin (hand, foot and mouth); vomiting on lithium without tremor,
unsteadiness or confusion is urgent, not emergent (NICE CKS). Misses: methotrexate taken daily or
with trimethoprim / co-trimoxazole, then mouth sores, fever, bruising or a low count (MHRA 2020);
fever with neutrophils under 0.5 (NICE NG151); melaena told as "black, sticky stools" with a
postural drop; new confusion told as the same question asked again and again and "slower to
answer" (a transplant patient with a low fever); psychosis with persecutory beliefs and a weapon got
against them (NICE CG178); a suicide plan told after the tablets ("tablets he's been saving up"),
possessions given away or a pet rehomed, "won't be a burden on you much longer" (AFSP warning
signs); HELLP and the ruptured aneurysm by the rules named in set 11's record. Urgent-level rules
added on the way: urinary infection in pregnancy (NICE NG109), an INR of 5 or more (BNF warfarin),
Bell's palsy (NICE CKS), sudden hearing loss in one ear (NICE NG98). Still routine where urgent is
expected: an INR told only as "it was 6.2", transient synovitis, drug urticaria, passive death
wishes with no plan, a transplant patient's cystitis, a second renal colic "the same as before".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind12_clinical.yaml", 1.0, 0.0, ("non-emergent", "self-care")),
    ("triage_blind12_chat.yaml", 1.0, 0.0, ("look-alike",)),
])
def test_blind12_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
