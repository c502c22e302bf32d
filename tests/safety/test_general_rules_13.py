"""General rules for what blind triage set 13 showed (first score in test_triage_blind13_report.py),
each written here in other words than the set uses: the emergencies that must alarm, the
look-alikes that must stay calm, and the near misses of each new rule that must keep their level."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


# -- a quiet suicide note (AFSP / 988 warning signs): medicines kept back, named or not; letters
#    to everyone; a time chosen for an act left unnamed
@pytest.mark.parametrize("text", [
    "I have been hoarding my mum's zopiclone for weeks now",
    "saved up my quetiapine and some of dad's tramadol, about 40 all told",
    "he has written each of his kids a letter and given the dog to the neighbour",
    "the time has come. I've said my goodbyes to everyone",
    "today feels like the perfect day, wrote everybody a note and sorted out my will",
])
def test_quiet_suicide_signs_are_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "been saving up for my meds, the prescription charges add up",
    "saving up my bottle caps for a school art project",
    "the time has come to sell the house, so we gave away the old furniture",
    "I think now is the right time to ask about HRT",
    "wrote my mum a letter for her birthday",
])
def test_suicide_look_alikes_stay_calm(text: str) -> None:
    assert _level(text) != "emergent", text
