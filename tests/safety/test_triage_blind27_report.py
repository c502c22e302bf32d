"""Record of blind triage set 27 (tests/safety/triage_blind27_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read) plus a line asking for people living with chronic illness and its treatment
(chemotherapy, dialysis, transplant, anticoagulants, insulin, heart failure, COPD, sickle cell,
epilepsy, dementia), the days after surgery, older adults alone, carers of people with learning
disabilities and the worried well; set 28 was written at the same time and is held back. Scored
once, as written, on 2026-12-02 with the screen as of commit 6a906ef (set 25's fixes merged)
(`.venv/bin/python benchmarks/triage_eval.py --errors`). Recorded before any change for it:

    triage_blind27_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     2/10 = 0.20          7/10 = 0.70   (quiet: 2/9 and 6/9)
      urgent -> emergent       0/5                  2/5   (at least urgent: 2/5)
      look-alike -> emergent   1/15                 1/15
    triage_blind27_clinical.yaml (45 vignettes)
      emergent -> emergent     9/15 = 0.60         14/15 = 0.93   (quiet: 9/14 and 13/14)
      non-emergent -> emerg.   2/15                 2/15
      self-care -> emergent    1/15                 1/15   (false alarms 3/30 = 0.10)

Missed: missed dialysis sessions with heavy legs, palpitations and a last potassium of 6.1
(hyperkalaemia: UK Kidney Association, emergency); 8 days after a knee replacement, a swollen calf,
breathless on walking, HR 120 and a streak of pink sputum (read urgent: pulmonary embolism, NICE
NG158); a man with Down's syndrome who does not speak, no stool for 6 days, faeculent vomiting and a
tense drum-like abdomen (bowel obstruction); a calm young man "at peace", letters to his family,
possessions given away, tablets saved (NICE NG225 / CG16: high risk, emergency). Alarms: a chest-wall
strain after a new chest workout, tender to press, HR 64; a treated mild hypo after a run in type 1
diabetes; a passive wish not to wake with no plan (labelled urgent); shingles across the chest
(labelled urgent). Under-called (labelled urgent): dysuria and fever 37.9 in a kidney transplant
recipient on tacrolimus; a red port-site with discharge 5 and 9 days after laparoscopic surgery; INR
7.4 without bleeding; grade-2 diarrhoea on capecitabine; creatinine and tacrolimus level up after a
transplant; spotting at 8 weeks; delirium with urinary symptoms in a care-home resident (routine).
Over-called (labelled urgent): delirium with a strong-smelling urine at 84 (read emergent); a COPD
exacerbation with sats 91 against a usual 92-93 and a rescue pack (read emergent). One level up:
the normal buzz of a new dialysis fistula; a cold in COPD at baseline; hyperthyroid symptoms with HR
104 (labelled routine).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind27_clinical.yaml", 14 / 15, 3 / 30, ("non-emergent", "self-care")),
    ("triage_blind27_chat.yaml", 7 / 10, 1 / 15, ("look-alike",)),
])
def test_blind27_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
