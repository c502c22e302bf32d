"""Record of blind triage set 19 (src/medgate/safety/data/triage_blind19_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read), at the same time as set 20 (held back); scored once, as written, on 2026-12-02 with the
screen as of commit 9ffec2e (sets 15-18's general fixes merged) (`.venv/bin/python
benchmarks/triage_eval.py --errors`), before any change for it:

    triage_blind19_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50         10/10 = 1.00   (quiet: 4/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 4/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind19_clinical.yaml (45 vignettes)
      emergent -> emergent     5/15 = 0.33         15/15 = 1.00   (quiet: 3/13 and 13/13)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    2/15                 2/15   (false alarms 3/30 = 0.10)

No emergency missed. False alarms: a transient ischaemic attack that cleared four days ago, seen
by the GP with a normal examination (labelled urgent: NICE NG128 asks for specialist assessment
within 24 hours of a TIA, not an ambulance, once it is over); chest-wall pain reproduced exactly by
pressing between two ribs after carrying a sofa, with normal observations and ECG; an extra 400 mg
ibuprofen tablet, 2 g in the day in a 70 kg adult (about 29 mg/kg: TOXBASE's threshold for
ibuprofen is 100 mg/kg). Under-called, not unsafe: an 18-month-old with three days of 102.5 °F
and fewer wet nappies (urgent, read routine).

After general fixes (not unseen): on this branch (triage-19), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_19.py: 8 cases that fail on the
start commit f9eba9f, 16 near misses, 15 of which pass on both), never the set's sentences. Scored
again with `benchmarks/triage_eval.py --errors`:

    triage_blind19_chat.yaml              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50         10/10 = 1.00   (quiet: 4/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind19_clinical.yaml
      emergent -> emergent     5/15 = 0.33         15/15 = 1.00   (quiet: 3/13 and 13/13)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30)

What was fixed. A stroke sign told as a TIA two days or more ago ("N days ago", "last week") and
as completely over ("cleared completely", "back to normal", "fine since", "no symptoms since"),
with nothing after it that recurs or persists, is urgent, not emergent (NICE NG128: specialist
assessment within 24 hours); the sign stays emergent when told as present now or back again
("still", "again", "right now"), within hours, or on an anticoagulant (a rule may now name the
level `urgent`, reported only when no emergent rule of its category fires). Chest-wall pain: a
finger on one spot that brings the pain back, "point tenderness", and the chest-wall verbs
inflected ("catches when he twists") remove exertion alone as a cardiac feature (AHA/ACC 2021);
breathlessness, sweating, radiation, abnormal observations and now cardiac risk told (NICE CG95:
diabetes, smoking, hypertension, known coronary disease) still fire. A strength after "an extra"
or "another" ("an extra 400 mg ibuprofen") is one more tablet, not a count of tablets; such a
tablet with toxic signs fires as a doubled dose, and a total of 5 g or more (or 5000 mg) taken
in the day fires as an excess. NICE NG143 amber in a small child: "only 2-4 wet nappies" and
eating or feeding next to nothing. On the other sets two decisions moved, both under-calls to
their label (rules + findings, routine to urgent): set 5's chat baby of 10 months with "only 3 wet
nappies in last 24 hrs (normally 6-7)" and set 6's chat 2-year-old with "only 2 wet nappies today
instead of her usual 6". No set lost an emergent or gained a false alarm. Still off the label on
set 19, left alone: giant cell arteritis without visual symptoms, a sudden one-sided hearing loss
told as a blocked ear, acute gout, croup heard only on crying (urgent, read routine), and otitis
media in a well 3-year-old (routine, read urgent).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    # floors raised to what the general fixes reached (the first-sight figures were 15/15, 3/30; 10/10, 0/15)
    ("triage_blind19_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind19_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind19_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
