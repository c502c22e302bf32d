"""Emergencies told in plain words that blind triage set 2 showed the screen missing, written here
in other phrasings (the published rule each follows is named in the layer's source), and the
look-alikes that must stay calm."""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import level_of

_level = level_of()


@pytest.mark.parametrize("text", [
    "my mum is still fitting, it started about 6 minutes ago",                  # NICE NG217: >= 5 min
    "he has had one seizure after another this morning",
    "I've got my tablets counted out and I'm doing it tonight",                 # a plan and the means
    "she has been saving up her mum's sleeping pills and is going to take them all tonight",
    "keeps bringing up dark stuff like coffee grounds",                         # haematemesis
    "type 1 diabetic, vomiting, his breath smells of acetone and the meter shows HI",  # DKA
    "my son took a handful of pills and I can't wake him up properly",           # unrousable
    "I think I overdosed?",
])
def test_plain_emergencies_are_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    "he had a seizure 10 minutes ago, now back to normal and talking",
    "had a 2 min fit last year, all fine since",
    "doing it tonight at the party lol",
    "took 2 paracetamol then another 2 four hours later, is that an overdose?",
    "the coffee grounds go in the compost",
])
def test_look_alikes_are_not_emergent(text: str) -> None:
    assert _level(text) != "emergent", text
