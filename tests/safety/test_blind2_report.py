"""Regression floor for the red-flag screen on blind set 2 (tests/safety/vignettes_blind2.yaml).

The set (90 vignettes: 52 emergencies over the 8 categories, 38 hard negatives) was written without
reading the screen's rules, its tests or the other vignette sets, and scored once, as written. It was
below the targets asserted in test_vignettes.py (recall >= 0.98, precision >= 0.9); after general fixes
for the gaps it showed (stroke eyes/balance/neglect, threats without "kill", toxidromes and repeat doses,
contracted negation, fiction writing, chronic stable angina) it meets them and is listed there too. This
test keeps the record: quote the first score below, not a later one, as the screen's accuracy on unseen
text.

First score (2026-11-25, screen as of commit 5992f48), pairs (vignette, category):

    category                tp  fp  fn  recall    prec
    anaphylaxis              6   0   0  1.0000  1.0000
    cardiac_chest_pain       7   1   0  1.0000  0.8750
    homicidal_ideation       3   0   2  0.6000  1.0000
    overdose                 4   1   3  0.5714  0.8000
    sepsis                   6   0   0  1.0000  1.0000
    severe_bleeding          7   0   0  1.0000  1.0000
    stroke                   5   1   2  0.7143  0.8333
    suicidal_ideation        6   0   1  0.8571  1.0000
    OVERALL                 44   3   8  0.8462  0.9362

Misses: monocular vision loss + leg numbness on waking (stroke); sudden vertigo, ataxia, diplopia,
vomiting (posterior stroke); "bought a gun ... thinking about using it on myself" buried in a long
message (suicidal); "bring my dad's gun to school ... make them all pay" and command hallucinations to
hurt a baby sister (homicidal); "whole bottle of the vodka and take many sleeping pills, now he don't
wake up", heart pills taken twice/three times with pulse 40, party drug with tremor, hyperthermia and
altered mental state (overdose). False alarms: "my face isn't drooping and I can talk fine" (stroke),
a thriller plot about an insulin overdose (overdose), chronic stable angina asking for a repeat
prescription (cardiac).
"""

from __future__ import annotations

from pathlib import Path

from medgate.safety.evaluate import load_vignettes, score

BLIND2 = Path(__file__).parent / "vignettes_blind2.yaml"
RECALL_FLOOR = 0.84  # first score 0.8462, rounded down
PRECISION_FLOOR = 0.93  # first score 0.9362, rounded down


def test_blind2_does_not_regress_below_its_first_score() -> None:
    report = score(load_vignettes(BLIND2))
    o = report.overall
    print(
        f"blind2: recall={o.recall:.4f} precision={o.precision:.4f} tp={o.tp} fp={o.fp} fn={o.fn}"
    )
    assert o.recall >= RECALL_FLOOR, "\n".join(report.errors)
    assert o.precision >= PRECISION_FLOOR, "\n".join(report.errors)
