"""Record of blind triage set 24 (src/medgate/safety/data/triage_blind24_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read), at the same time as set 23, and kept outside the repository until set 23's general
fixes were merged; then scored once, as written, on 2026-12-02 with the screen as of commit 914479c
(`.venv/bin/python benchmarks/triage_eval.py --errors`). Recorded before any change for it:

    triage_blind24_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          8/10 = 0.80   (quiet: 3/9 and 7/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 4/5)
      look-alike -> emergent   0/15                 1/15
    triage_blind24_clinical.yaml (45 vignettes)
      emergent -> emergent     4/15 = 0.27         14/15 = 0.93   (quiet: 3/14 and 13/14)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    0/15                 0/15   (false alarms 1/30 = 0.03)

Missed: a 56-year-old with an hour of "heavy indigestion" that came on carrying a load, sweaty and
clammy, a left arm "like lead", looking grey, antacids no help (acute coronary syndrome: NICE CG95);
an ectopic pregnancy told half in Spanish (six weeks late, positive test, severe one-sided lower
pain, shoulder-tip pain, near-faint on the toilet, some bleeding); read urgent, not emergent:
recurrent exertional greying out with a fall, pulse 34 and BP 96/54 on bisoprolol (symptomatic
bradycardia, complete heart block until proven otherwise). Alarm: blue lips and tongue from a
blue-raspberry slushie in a running, shrieking toddler with pink fingers and cheeks. Read one level
up: a 14-month-old with a cold, 38.9 °C, RR 46, mild recession, taking half her feeds (labelled
urgent: NICE NG143 amber, bronchiolitis NG9 same day). Under-called: an infected dog bite (urgent),
a skin flap on clopidogrel that stopped bleeding (urgent). Read one level up: an incidental
irregular pulse with no symptoms, sticky eyes without photophobia (routine).

After general fixes (not unseen): on this branch (triage-24), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_24.py: 16 cases that fail on the
start commit 9e596a6, 13 near misses that pass on both), never the set's sentences. Scored again
with `benchmarks/triage_eval.py --errors`:

    triage_blind24_chat.yaml              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50         10/10 = 1.00   (quiet: 4/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind24_clinical.yaml
      emergent -> emergent     4/15 = 0.27         15/15 = 1.00   (quiet: 3/14 and 14/14)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    0/15                 0/15   (false alarms 1/30 = 0.03)

What was fixed. Misses: the coronary syndrome was missed because a heavy left arm ("feels like
lead", "like a dead weight", "heaviness down my left arm") was not read as the arm spread of the pain
(NICE CG95 1.1.1); indigestion, exertion and sweating were read and no minimising phrase negated
anything, so with the arm read the anginal-equivalent rule fires. Spanish words a chat mixes in are
read as the English ones where the findings need them (dolor in the belly or low on one side, dolor
fuerte, sangrado, mareada, desmayo, embarazada: NICE NG126's ectopic signs). A near-faint told as
"greying out" or "grey-outs" is a faint, an adverse feature of a pulse of 40 or less (Resuscitation
Council UK bradycardia algorithm). Alarm: blue or purple lips or tongue are their own finding, calm
only when a blue drink, sweet or food dye is named for them and no breathing difficulty, drowsiness
or grey face is told. Under-called: a bite told as a nip, or by a named owner's animal, with swelling
or redness (NICE NG184, urgent); a skin tear or flap on an anticoagulant or antiplatelet (same-day
closure, urgent). Left as they were: the 14-month-old with a cold read emergent, because HR 150 at
1-2 years is NICE NG51's high-risk rate as the layer codes it (and the sepsis rules read HR 150 and
RR 46 at any age); following NG9/NG143 here means choosing between NG51 and NG143 thresholds, a
clinical decision not made in this pass. The incidental irregular pulse and the sticky eyes stay one
level up (urgent). Elsewhere only set 18's dog bite moved (routine to urgent, its label).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind24_clinical.yaml", 15 / 15, 1 / 30, ("non-emergent", "self-care")),
    ("triage_blind24_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind24_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
