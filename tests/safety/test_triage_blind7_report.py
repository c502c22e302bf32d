"""Record of blind triage set 7 (src/medgate/safety/data/triage_blind7_*.yaml, issue 17).

Written by a colleague (an emergency physician's brief) who read only the first 30 and 20 lines of
the set-6 files (for the format), never the screen, and scored once, as written, on 2026-12-01 with
the screen as of commit d10a471 (`.venv/bin/python benchmarks/triage_eval.py --errors`):

    triage_blind7_chat.yaml (60 messages; 19 of the 25 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     9/25 = 0.36         20/25 = 0.80   (quiet: 5/19 and 14/19)
      urgent -> emergent       2/10                 3/10   (at least urgent: 6/10)
      look-alike -> emergent   2/25 = 0.08          4/25 = 0.16
    triage_blind7_clinical.yaml (30 vignettes, Semigran-style)
      emergent -> emergent     3/10 = 0.30          7/10 = 0.70   (quiet: 2/8 and 5/8)
      non-emergent -> emerg.   0/10                 1/10
      self-care -> emergent    1/10                 1/10   (false alarms 2/20)

Seventh first score: chat recall reaches the issue's 0.80 for rules and findings on unseen text for
the first time, but look-alike alarms (0.16) are over its 0.10, and the clinical vignettes (0.70)
are short of 0.80. Misses: postpartum pre-eclampsia (headache, zigzags, puffy, 162/108), septic
shock on methotrexate (39.1, 86/50, HR 118) rated only urgent, hyperkalaemia after missed dialysis,
an alkali splash in the eye, bilious vomiting in a 6-week-old, organophosphate poisoning (pinpoint
pupils, salivating, HR 46), peritonitis after polypectomy, a neurological sign in advanced HIV.
Alarms: a news story about anaphylaxis, "want to die of embarrassment", a head bump with every
red flag denied, heat exhaustion that has resolved, teething at 37.6 °C.

General fixes followed, each a published rule or a parsing defect, none a set's wording: a usual
value in brackets belongs to its own number ("86/50 (normally 125/80)" had made the whole sentence a
baseline); "cuff said 162/108" is a blood pressure; "missed friday and monday sessions" with
dialysis named; a chemical in the eye (RCOphth); bile in the vomit told as "the sick is bright
green"; the cholinergic toxidrome after a pesticide (WHO/TOXBASE); "abdomen ... guarded"; a CD4
count under 200 or stopped antiretrovirals as immunosuppression; headache with new double vision
(NICE CKS); fluid gain in heart failure as urgent (NICE NG106). Look-alikes: "want to die of
embarrassment"; the news as someone else's story (clause-bounded); "not on any blood thinners" as a
denial; the weather's "30°C" is no body temperature; "sleeping" is a drug only as "sleeping pills";
"she is not breathless" was read as "not breathing", which shielded the negation; a negation word
that starts a finding ("not interested in feeds") no longer negates it. After them (not unseen):
chat 25/25 with no look-alike alarm, clinical 10/10 with no false alarm; no decision changed on
any other set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind7_clinical.yaml", 1.0, 0.0, ("non-emergent", "self-care")),
    ("triage_blind7_chat.yaml", 0.96, 0.0, ("look-alike",)),
])
def test_blind7_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
