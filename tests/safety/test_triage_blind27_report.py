"""Record of blind triage set 27 (src/medgate/safety/data/triage_blind27_*.yaml, issue 17).

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

After general fixes (not unseen): on this branch (triage-27), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_27.py: 38 cases that fail on the
start commit's screen, 41 near misses and kept levels that pass on both), never the set's sentences.
Scored again with `benchmarks/triage_eval.py --errors`:

    triage_blind27_chat.yaml              rules alone          rules + findings
      emergent -> emergent     2/10 = 0.20         10/10 = 1.00   (quiet: 2/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind27_clinical.yaml
      emergent -> emergent    10/15 = 0.67         15/15 = 1.00   (quiet: 10/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30 = 0.00)

What was fixed. Misses: missed dialysis told by short day names ("skipped Wed and Fri"), a potassium
of 6.0-6.4 after missed dialysis, and a heart that skips or flutters (UK Kidney Association 2020;
"no sessions missed" is no missed session). A calf "puffed up" on the operated side is a swollen
leg, and breathlessness with blood or pink coughed up and a clot risk is a suspected PE (NICE NG158
Wells: surgery, haemoptysis). Faeculent vomiting with no stool for days, distension or pain, and a
belly tense or "tight like a drum" with vomiting, are bowel obstruction. Suicide warning signs told
calmly: letters addressed to each of the family, possessions given to friends, one's own medicines
kept back (a means acquired); two different signs are an emergency (NICE NG225 / CG16, AFSP).
Alarms: a findings concept that is itself a denial ("not sweating", heat stroke) no longer swallows
the "not" of "not sweaty", so a chest-wall strain with sweating denied is calm; glucose or dextrose
tablets are a hypo's treatment, not an overdose, and a hypo treated and recovered (glucose back
up, "recovered") is self-care unless another person had to help (NICE NG17); a passive wish with a
plan denied and a protective factor told ("his children would stop him", never self-harmed) is a
same-day assessment (NICE NG225 1.5; set 21's "no plan" alone stays emergent); pain or tingling
across one side of the chest, back or belly is a dermatome, not half the body, and blisters in a
band or on one side of the trunk are shingles (NICE CKS, urgent). Under-called: an infection on
immunosuppressants or after a transplant below the fever line (NICE NG51); an INR read off a home
meter ("it says 7.4"); a surgical wound red and discharging, and a relative who "had" an operation
days or hours ago is the person asked about, not a family history (NICE NG125); diarrhoea 4 or more
times a day on anticancer treatment (UKONS grade 2); a kidney transplant's creatinine up from
baseline or a calcineurin level over target (KDIGO 2009); a pregnancy known by a positive home test
or "weeks by dates" with spotting (NICE NG126); new incontinence or urinary frequency at 80 or over
(UKHSA). Over-called: worse confusion over days in dementia is a same-day delirium assessment (NICE
CG103), within hours or with sepsis criteria still emergent; a COPD saturation near the person's
own usual ("normally sit around 92-93") is their target, not the NHS 92 % line, and breathlessness
at baseline is no worsening (BTS / NICE NG115). One level up: a limb, wound or fistula that "is
warm" is local warmth, not a fever word. Left: hyperthyroid symptoms with HR 104 (labelled
routine) stay urgent, read as "feels hot" with a moderate-risk pulse (NICE NG51); telling heat
intolerance over months from a fever needs the course read as chronic, which it is not here, and a
rule for this picture alone would fit only this sentence. Elsewhere, only urgent-level errors
moved, all to their label: a red discharging wound after an operation (set 2 chat, set 3 chat, sets
7, 8 and 10 clinical), dysuria on tacrolimus (sets 10 and 12 clinical), shingles told as a band or
stripe of blisters (set 2 chat and clinical, set 5 clinical). No set's emergent recall fell and no
false alarm rose.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind27_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind27_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind27_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
