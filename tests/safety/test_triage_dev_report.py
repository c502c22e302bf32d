"""Record of the triage development sets (src/medgate/safety/data/triage_dev_*.yaml, issue 17).

Both sets were written before the findings layer existed, without reading the rules' patterns for
them, and scored once with the screen as it stood (rules only, commit 5a6b827). That first score:

    triage_dev_clinical.yaml (62 vignettes, clinical language)
      emergent called emergent        2/22 = 0.091
      non-emergent called emergent    0/20 = 0.000
      self-care called emergent       0/20 = 0.000
    triage_dev_chat.yaml (114 messages, patient language)
      emergent called emergent        8/40 = 0.200   (quiet, no alarm words: 0/18)
      urgent called emergent          0/20 = 0.000
      look-alikes called emergent     2/54 = 0.037   (a negated PHQ-9 item 9; a resolved infant fever)

The rules caught two clinical emergencies (both through a fever + vital-sign rule of the sepsis
category) and, in chat, the emergencies that carry alarm words. One chat emergency fired for the
wrong reason: a diabetic's "sugars are reading HI" matched homicidal ideation's abbreviation.
These are DEVELOPMENT sets: the findings layer was built and tuned against them afterwards, so
the targets asserted below (issue 17's "done when", rules + findings, no model) show that the
layer does what it was built to do, not how it does on unseen text: see test_triage_blind_report.py.
Tuning also found two faults that had cost the rules layer on clinical text: ConText read the
"old" of "60-year-old" as a history trigger, and its sentence splitter dropped the words before a
decimal point ("temp 37.5") out of every sentence; rules alone now catch 5/22 and 10/40.
"""

from __future__ import annotations

from pathlib import Path

from medgate.safety.evaluate import TRIAGE_DATA, level_of, load_level_vignettes, score_levels

HERE = Path(__file__).parent


def test_rules_alone_do_not_fall_below_the_first_score() -> None:
    rules = level_of(("rules",))
    clinical = score_levels(load_level_vignettes(TRIAGE_DATA / "triage_dev_clinical.yaml"), rules)
    chat = score_levels(load_level_vignettes(TRIAGE_DATA / "triage_dev_chat.yaml"), rules)
    assert clinical.rate("emergent") >= 2 / 22
    assert chat.rate("emergent") >= 8 / 40
    assert chat.rate("look-alike") <= 2 / 54


def test_rules_and_findings_meet_the_issue_targets_on_the_development_sets() -> None:
    both = level_of(("rules", "findings"))
    clinical = score_levels(load_level_vignettes(TRIAGE_DATA / "triage_dev_clinical.yaml"), both)
    chat = score_levels(load_level_vignettes(TRIAGE_DATA / "triage_dev_chat.yaml"), both)
    errors = "\n".join(clinical.errors + chat.errors)
    assert clinical.rate("emergent") >= 0.80, errors
    assert clinical.false_alarm_rate(("non-emergent", "self-care")) <= 0.15, errors
    assert chat.rate("emergent") >= 0.80, errors
    assert chat.rate("look-alike") <= 0.10, errors
    assert chat.rate("urgent", at_least="urgent") >= 0.5, errors  # urgent is seen, not escalated
    assert chat.rate("urgent") <= 0.10, errors
