"""Record of blind triage set 33 (src/medgate/safety/data/triage_blind33_*.yaml, issue 17).

Written by a colleague at the same time as set 32 and to the same brief (tests/safety/BLIND_BRIEF.md,
format inline, no project file read; emergencies told through findings and course — home device
readings told flatly, timelines worsening over hours or days, behaviour changed, after a procedure, a
new medicine, a bite, a fall or travel; people writing for someone else or in a second language;
clinical vignettes in a triage nurse's or GP's terse record style; look-alikes with readings safe in
context, past events, risk questions, health anxiety). Held back: kept outside the repository until
set 32's fixes were merged (9b1c911), then scored once, as written, on 2026-12-02
(`.venv/bin/python benchmarks/triage_eval.py --errors --rounds 1`). Recorded, not tuned:

    triage_blind33_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     3/10 = 0.30         10/10 = 1.00   (quiet: 2/9 and 9/9)
      urgent -> emergent       0/5                  1/5   (at least urgent: 3/5)
      look-alike -> emergent   0/15                 1/15 = 0.07
    triage_blind33_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     8/15 = 0.53         14/15 = 0.93   (quiet: 7/14 and 13/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30 = 0.00)

With the screen of the round's start (5885e37) the same set reads chat 9/10 (1/15 alarms) and
clinical 14/15 with 1/30 false alarms: set 32's fixes carried one emergency (a belly swelling and
hard with fever and a watch's pulse of 118-125 days after a laparoscopic cholecystectomy) and one
false alarm (a 4-year-old's otitis media, HR 118: his age written "4yo M" was not read, so adult
limits applied) to a new writer. Missed now: a 66-year-old long-sighted woman's red, painful eye with
coloured rings round lights, vomiting, a fixed mid-dilated pupil and a hazy cornea, told in a
record's abbreviations (acute angle-closure glaucoma: read routine). Look-alike alarm: an oximeter's
84% after shovelling snow with gel nails, rechecked at 97-98% with a normal pulse (read emergent).
Level errors: an 80-year-old's urinary symptoms with new mild muddle, T 37.6 and normal observations
(urgent, read emergent); a type 2 diabetic's readings of 320-360 mg/dL for two days with thirst and
polyuria (urgent, read routine); a 6-year-old's scarlet fever rash with fever (urgent, read
routine); clinical: a limp after a bouncy castle in a well 3-year-old, a watch-strap contact
dermatitis and a 95-year-old's night cramps (routine, each read urgent).

After general fixes (not unseen): on this branch (triage-33), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_33.py: 19 cases that fail on the
start commit 9335ea0, 24 near misses and kept levels that pass on both), never the set's sentences.
Scored again with `benchmarks/triage_eval.py --errors --rounds 1`:

    triage_blind33_chat.yaml              rules alone          rules + findings
      emergent -> emergent     3/10 = 0.30         10/10 = 1.00   (quiet: 2/9 and 9/9)
      urgent -> emergent       0/5                  1/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15 = 0.00
    triage_blind33_clinical.yaml
      emergent -> emergent     8/15 = 0.53         15/15 = 1.00   (quiet: 7/14 and 14/14)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30 = 0.00)

What was fixed. Miss: a painful red eye told as a record's noun phrase ("R eye pain and redness",
"eye redness and pain") was not read as one, so the acute angle-closure discriminators (haloes, a
mid-dilated pupil, a hazy cornea, blurred vision with vomiting) had nothing to stand on; a cornea
told after its haze ("cornea hazy", "cornea looks cloudy") is read too (NICE CKS red eye / glaucoma;
RCOphth). False alarm: an oximeter's recheck after warming the hands, taking the nail polish or gel
off, on another finger or "rechecked" is now read as a reading, and the later one counts (BTS
oximetry guidance; MHRA on nail varnish); a low recheck stays low, and with breathlessness, chest
pain, blue lips or confusion told the low reading still counts. Levels: a record's opening "95F."
(a whole number under 100 before a stop or comma, at the start of the text or a line) is age and
sex, not 95 °F, which had scored NEWS2 3 for hypothermia; a temperature keeps its word or degree sign
("temp 95F"). A rash over a joint ("itchy red rash on her wrist", "red patch on the ankle") is no
hot, red joint (NICE CKS contact dermatitis); a child of 3 or more with a limp who bears weight and
moves the hip fully, afebrile, may be watched (NICE CKS acute childhood limp), while under 3, a red
flag (not bearing weight, night pain) or fever keep same-day or emergent. A glucose in mg/dL, a range
too ("320-360 mg/dL"), is read without a meter's word (lipid and other lab values in mg/dL excluded),
so the sick-day rule (>= 15 mmol/L with thirst or polyuria: same-day, NICE NG28 / Diabetes UK) fires.
Scarlet fever's sandpaper rash or red, bumpy ("strawberry") tongue with fever or a sore throat is
same-day (NICE CKS scarlet fever), and the name "scarlet fever" is no temperature. Other sets moved
only up to their labels: set 5's clinical scarlet fever (non-emergent, expected urgent) and set 6's
chat sandpapery rash with a strawberry tongue (urgent) now read urgent; no recall fell and no false
alarm rose.
Left: the 80-year-old's burning urine with new muddle, T 37.6 and normal observations stays
emergent: new confusion scores 3 in NEWS2 and NICE NG51 counts a new altered mental state as a
high-risk criterion, so the screen follows the guideline and the label (urgent) is the milder reading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind33_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind33_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind33_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
