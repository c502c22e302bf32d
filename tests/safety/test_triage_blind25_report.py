"""Record of blind triage set 25 (tests/safety/triage_blind25_*.yaml, issue 17).

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
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind25_clinical.yaml", 14 / 15, 3 / 30, ("non-emergent", "self-care")),
    ("triage_blind25_chat.yaml", 8 / 10, 1 / 15, ("look-alike",)),
])
def test_blind25_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(HERE / name, recall_floor, alarm_ceiling, calm_groups)
