"""A relative told ill now is the patient, not a family history (ConText's experiencer is for a
relative's past): a sentence that opens "my dad had ..." or "my aunt has had ..." and goes on with a
present-tense clause about them ("..., he's grey", "and she is not making sense") tells an emergency
happening now, and that clause itself ends any scope opened before it. A relative whose illness is
told settled ("he's on statins", "she's fine now", "he is 30 now") stays a family history."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent


@pytest.mark.parametrize("text", [
    # a relative's symptom with no duration, then a present clause about them
    "my grandad has had a heavy crushing feeling in his chest and left arm, he's gone clammy",
    "my aunt has had a tightness across her chest since she sat down, and she is pale and sweating",
    # past tense, then what is happening now
    "my son had a bang to the head on the trampoline and was sick twice, he is not waking properly",
    "my nan had a fall in the kitchen and now she can't move her right arm or get her words out",
    "Brother had chest pain at work and collapsed by the van, he is not breathing",
])
def test_a_relative_told_ill_now_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # a family history told settled, the writer asking about themselves
    "my grandad had a heart attack at 55, he's on aspirin now, should I get my cholesterol checked",
    "my mum had a stroke years ago, she's fine now, is it something that runs in families",
    "my sister has had seizures since she was small, she is 25 now, could my baby get them",
    "my dad has had two bypasses, he's doing ok, what can I do to lower my own risk",
])
def test_a_relative_s_settled_history_stays_calm(text: str) -> None:
    _calm(text)
