"""Record of the triage development sets (tests/safety/triage_dev_*.yaml, issue 17).

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
These are DEVELOPMENT sets: the findings layer was built and tuned against them afterwards.
"""

from __future__ import annotations

from pathlib import Path

from medgate.safety import screen
from medgate.safety.evaluate import load_level_vignettes, score_levels

HERE = Path(__file__).parent


def _rules_level(text: str) -> str:
    return "emergent" if screen([text]) is not None else "routine"


def test_rules_alone_do_not_fall_below_the_first_score() -> None:
    clinical = score_levels(load_level_vignettes(HERE / "triage_dev_clinical.yaml"), _rules_level)
    chat = score_levels(load_level_vignettes(HERE / "triage_dev_chat.yaml"), _rules_level)
    assert clinical.rate("emergent") >= 2 / 22
    assert chat.rate("emergent") >= 8 / 40
    assert chat.rate("look-alike") <= 2 / 54
