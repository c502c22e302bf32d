"""Record of blind triage set 4 (src/medgate/safety/data/triage_blind4_*.yaml, vignettes_blind4.yaml; issue 17).

The three files were written by a colleague who read only the first 30 lines of two earlier files
(for the format), never the screen, and were scored once, as written, on 2026-12-01 with the
screen as of commit 54c5973 (after the fixes that followed set 3), with
`.venv/bin/python benchmarks/triage_eval.py --errors`. The category file's labels were renamed to
the screen's category names (suspected_sepsis -> sepsis, overdose_poisoning -> overdose: the
brief had named them wrongly); nothing else was changed.

    triage_blind4_chat.yaml (100 messages; 39 of the 45 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent    12/45 = 0.27         29/45 = 0.64   (quiet: 8/39 and 25/39)
      urgent -> emergent       1/20                 2/20   (at least urgent: 8/20)
      look-alike -> emergent   2/35 = 0.06          2/35 = 0.06
    triage_blind4_clinical.yaml (50 vignettes)
      emergent -> emergent     7/18 = 0.39         10/18 = 0.56   (quiet: 4/15 and 7/15)
      non-emergent -> emerg.   0/16                 0/16
      self-care -> emergent    0/16                 0/16   (false alarms 0/32)
    vignettes_blind4.yaml (80 patient-style messages, 56 red flags in 8 categories)
      recall 0.607, precision 0.944 (suicidal ideation 2/7, homicidal 3/7, sepsis 3/7, stroke 4/7)

First-sight figures, and the honest ones: far below set 3's (0.78 chat, 0.80 clinical) and the
issue's targets (0.80 rules + findings on held-out chat and clinical vignettes; 0.98 recall on
patient-style vignettes). This set tells nearly every emergency through its course and findings,
and its misses are presentations the screen had no rule for at all (neuroleptic malignant and
serotonin syndrome, metastatic cord compression, button battery and detergent-pod ingestion,
placental abruption, retinal detachment, epiglottitis in clinical words, post-tonsillectomy
bleeding, infant dehydration, bradycardia with a coronary picture), suicide told only through
farewells and giving things away, and stroke signs in plain words ("face gone wonky", "mouth
turned to one side"). A phrase screen does not reach 0.80 on such text by adding phrases; it is
what the model second opinion (issue 17, item 2) is for.

General fixes followed, each a published rule for a presentation the screen lacked (see the commit
log of 2026-12-01): stroke in plain words; suicide through its warning signs (AFSP/988: any two
kinds of farewell, giving things away, being a burden, hopelessness); NMS, serotonin and lithium
toxicity; metastatic cord compression; ovarian torsion; a pulsating abdominal mass; retinal
detachment; placental abruption; infant dehydration; post-tonsillectomy and arterial bleeding;
button batteries and detergent pods; and parsing defects ("a 6-hour history of" read as past,
"absent pulses" negating a whole sentence, "36+2", a baby's age in weeks). After them (not unseen
figures any more): chat 42/45 = 0.93 with no look-alike alarm, clinical 16/18 = 0.89 with none,
categories recall 0.91 precision 0.98. The first figures above stay the honest ones.
Round 23 (test_general_rules_23.py): an ovarian cyst seen on a scan last month is still there and "right lower
quadrant pain" is abdominal pain, so the girl's ovarian torsion is read and clinical reads 18/18 (floor raised).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind4_clinical.yaml", 18 / 18, 0.0, ("non-emergent", "self-care")),
    ("triage_blind4_chat.yaml", 0.93, 0.03, ("look-alike",)),
])
def test_blind4_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)


def test_blind4_categories_floor() -> None:
    from medgate.safety.evaluate import load_vignettes, score

    overall = score(load_vignettes(HERE / "vignettes_blind4.yaml")).overall
    assert overall.recall >= 0.91 and overall.precision >= 0.97, (overall.recall, overall.precision)
