"""Record of blind triage set 25 (src/medgate/safety/data/triage_blind25_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read) plus a line asking for rarer settings (rural Australia, Alaska, Scottish islands, Fiji,
Nepal, Kenya, Brazil, Poland), extreme ages, pregnancy and postpartum, poisoning, mental health and
emergencies told through numbers alone; set 26 was written at the same time and is held back. Scored
once, as written, on 2026-12-02 with the screen as of commit b650628
(`.venv/bin/python benchmarks/triage_eval.py --errors`). Recorded before any change for it:

    triage_blind25_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          8/10 = 0.80   (quiet: 3/9 and 7/9)
      urgent -> emergent       0/5                  1/5   (at least urgent: 4/5)
      look-alike -> emergent   0/15                 1/15
    triage_blind25_clinical.yaml (45 vignettes)
      emergent -> emergent     8/15 = 0.53         14/15 = 0.93   (quiet: 7/14 and 13/14)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    2/15                 2/15   (false alarms 3/30 = 0.10)

Missed: a 2-year-old who chewed two of a grandmother's amlodipine 10 mg, "playing and smiling",
told half in Portuguese (calcium-channel blocker ingestion in a toddler: TOXBASE, admit whatever the
symptoms); a 15-year-old with type 1 diabetes, glucose 29.8 mmol/L, blood ketones 4.6, vomiting,
deep fast breathing, told half in Polish (diabetic ketoacidosis: NICE NG18); 9 days postpartum, no
sleep, pacing, believes the baby was swapped (postpartum psychosis: NICE CG192, emergency). Alarms:
a 14-month-old at 37.9 °C after the MenB jab, happy and drinking; a 4-year-old who drank 10 mL of
paracetamol 120 mg/5 mL (70 mg/kg would be the line; this is 14 mg/kg); sharp seconds-long chest
catches at a desk in a 17-year-old with normal observations; croup with stridor only when crying,
SpO2 97% (labelled urgent). Under-called: a fish hook buried in the thumb (urgent); an afebrile UTI
in a 91-year-old; hyperglycaemia 19.4 mmol/L without ketones (urgent). Over-called: cellulitis with
temperature 37.8 °C in a 90-year-old who is herself (labelled urgent).

After general fixes (not unseen): on this branch (triage-25), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_25.py: 30 cases that fail on the
start commit's screen, 23 near misses that pass on both), never the set's sentences. Scored again
with `benchmarks/triage_eval.py --errors`:

    triage_blind25_chat.yaml              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40         10/10 = 1.00   (quiet: 3/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind25_clinical.yaml
      emergent -> emergent     8/15 = 0.53         15/15 = 1.00   (quiet: 7/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30 = 0.00)

What was fixed. Misses: the one-pill-can-kill names are read as stems, so a box named in Portuguese,
Spanish or Polish counts (amlodipina, amlodipino, metoprololu, metadona, klonidyna), with the
swallowing verbs of those languages and a taste of a liquid ("a sip", "a mouthful") as a possible
ingestion, and ages told as "de 2 anos", "tiene 3 años", "ma 2 lata" (TOXBASE: a child under 5 and
one such tablet goes to an emergency department whatever the symptoms). A glucose or ketone reading
named in Polish, Portuguese or Spanish (glukometr, glicemia, glucosa; ketony, cetonas) and
"cukrzyca", "typ/tipo 1" are read, so DKA told by numbers fires (JBDS-IP / NICE NG18: glucose over
11 with ketones of 3 or more); ketones of 3 or more with vomiting or deep fast breathing fire without
a glucose. Post-partum psychosis told without its name: a false belief about the baby however quoted
("swapped", "not really hers"), or nights without sleep after the birth with pacing, racing speech,
odd laughter or cleaning at 4 a.m. (NICE CG192; pacing with the baby or a 3 a.m. feed is not named).
Alarms: a fear told with a contracted will ("terrified she'll have a fit") is hypothetical to the
clause's end, so the feared seizure is no seizure and 37.9 °C stays under NICE NG143's 38 °C; a
child's paracetamol told as a volume at its strength (or tablets of a strength) with a weight is read
in mg/kg, and under TOXBASE's 75 mg/kg, with nothing deliberate, repeated, toxic or other told, the
ingestion alarm is dropped (safety/dose.py); a chest pain lasting only seconds is not ischaemic (AHA/ACC
2021), and "never on exertion" denies exertion, so a precordial catch at rest is calm; stridor only
when the child cries or is upset is no stridor at rest (Westley; NICE CKS croup) and is its own
same-day finding. Under-called: a fish hook buried or stuck in the skin (same-day removal); lower
urinary symptoms at 80 or over without fever (NICE NG109 / UKHSA over-65s; the symptoms, not a named
"water infection"); a glucose of 15 or more with thirst or polyuria even with normal ketones (NICE
NG28 / CKS). Over-called: a swollen painful leg whose spreading red patch tells cellulitis is NICE
NG141's same-day cellulitis, not a DVT scan within 4 hours (Wells -2 for an alternative diagnosis as
likely); with a clot risk told it still fires. Left: nothing of this set; no rule was written that
only fits one sentence. Elsewhere: set 22 chat's 16-year-old who swallowed "20 of the panadol 500s"
is now emergent (Panadol and Calpol are medicines to the overdose rules: recall 8/10 -> 9/10), and
the afebrile dysuria of an 84-year-old (set 17 clinical) and an 82-year-old (set 23 clinical) moved
from routine to urgent, their label; no other set moved.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind25_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind25_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind25_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
