"""Record of the blind triage sets (src/medgate/safety/data/triage_blind_*.yaml, issue 17).

Both sets were written after the findings layer was built (commit ef7111f) but before the screen
had run on any of their texts, and scored once, as written, on 2026-12-01. That first score is the
figure to quote as the screen's accuracy on text it was not tuned on:

    triage_blind_clinical.yaml (57 vignettes, clinical language)
                              rules alone          rules + findings
      emergent -> emergent    7/25 = 0.28          14/25 = 0.56
      non-emergent -> emerg.  0/17                  0/17
      self-care -> emergent   0/15                  0/15   (false alarms 0/32 = 0.00)
    triage_blind_chat.yaml (161 messages, patient language)
      emergent -> emergent    13/60 = 0.22         39/60 = 0.65   (quiet: 2/26 and 20/26)
      urgent -> emergent      0/30                  0/30   (at least urgent: 18/30)
      look-alike -> emergent  1/71                  3/71 = 0.04

Both miss the issue's recall target (0.80) on first sight. The misses are emergencies told
through signs the layer had no discriminator for (epiglottitis, stridor, hypothermia, aortic
dissection, placental abruption, necrotising fasciitis, giant cell arteritis, septic arthritis,
acute urinary retention, obstructed infected kidney, postpartum haemorrhage, Kawasaki disease,
delirium told as "agitated, picking at the sheets"), and phrasings its concepts did not cover
("sugar meter says LO", "filling a pad every 20 mins", "tar-like stuff", "won't put any weight").
The false alarms: a sleeping SpO2 of 92 % on a watch, an infant's fever two weeks earlier with
normal tests (the rules' young-infant rule fires too), and a stroke in 2018 whose weakness
remains (rules).

General fixes followed, each a published rule or a phrasing class rather than a vignette's words:
discriminators for stridor and suspected epiglottitis (NICE CKS croup, sore throat), accidental
hypothermia (< 35 C; cold exposure with impaired consciousness), tearing pain (ADD-RS), pain out of
proportion and dusky skin (necrotising fasciitis, IDSA 2014), renal colic with fever (NICE NG118),
meningococcal rash and meningism (NICE NG240), antepartum and postpartum haemorrhage and abruption
(RCOG GTG 63 and 52), Kawasaki features (AHA 2017, two or more), a febrile child not using a limb
and the hot swollen joint (septic arthritis), acute urinary retention, giant cell arteritis with
visual symptoms (BSR 2020), shingles, abscesses, headache red flags (NICE CG150), early-pregnancy
bleeding; a meter's "LO", "no longer knows where she is", "mumbling", "over the afternoon", "tar-
like" stools, pads soaked at an hour or faster. One fault of the design showed too: findings
concepts that say when ("today", "last month") had swallowed ConText's triggers and terminators
("history of stroke, today slurred speech" was no longer a stroke); they no longer shield. After
these fixes (not unseen figures): clinical 25/25 with 0/32 false alarms; chat 60/60 (quiet 26/26),
urgent at least urgent 26/30, look-alikes 1/71 (the rules' "stroke in 2018 ... weakness since
then"). The development sets stay at 22/22, 40/40 with 1/54 look-alike false alarms.
"""

from __future__ import annotations

from pathlib import Path

from medgate.safety.evaluate import TRIAGE_DATA, level_of, load_level_vignettes, score_levels

HERE = Path(__file__).parent


def test_blind_sets_do_not_fall_below_their_first_score() -> None:
    both = level_of(("rules", "findings"))
    clinical = score_levels(load_level_vignettes(TRIAGE_DATA / "triage_blind_clinical.yaml"), both)
    chat = score_levels(load_level_vignettes(TRIAGE_DATA / "triage_blind_chat.yaml"), both)
    errors = "\n".join(clinical.errors + chat.errors)
    assert clinical.rate("emergent") >= 14 / 25, errors
    assert clinical.false_alarm_rate(("non-emergent", "self-care")) <= 0 / 32, errors
    assert chat.rate("emergent") >= 39 / 60, errors
    assert chat.rate("look-alike") <= 3 / 71, errors


def test_after_the_general_fixes_the_blind_sets_meet_the_issue_targets() -> None:
    both = level_of(("rules", "findings"))
    clinical = score_levels(load_level_vignettes(TRIAGE_DATA / "triage_blind_clinical.yaml"), both)
    chat = score_levels(load_level_vignettes(TRIAGE_DATA / "triage_blind_chat.yaml"), both)
    errors = "\n".join(clinical.errors + chat.errors)
    assert clinical.rate("emergent") >= 0.80, errors
    assert clinical.false_alarm_rate(("non-emergent", "self-care")) <= 0.15, errors
    assert chat.rate("emergent") >= 0.80, errors
    assert chat.quiet_recall >= 0.80, errors
    assert chat.rate("look-alike") <= 0.10, errors
    assert chat.rate("urgent") <= 0.10, errors  # urgent messages are not escalated to emergent
