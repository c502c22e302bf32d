"""General rules for what blind triage set 59 showed (first score in test_triage_blind59_report.py),
each written here in other words than the set uses: the miss that must now be emergent, the over- and
under-reads that must now have their level, and the near misses of each new reading that must keep theirs."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent


# -- seizures with no waking between them, even in known epilepsy: status epilepticus (NICE NG217 / CG137);
#    the "without" or "didn't" of the telling is part of the finding and negates nothing
@pytest.mark.parametrize("text", [
    "My brother has epilepsy. He had a fit on the sofa, then another one straight after without coming round in"
    " between.",
    "Grandad (known epileptic, on keppra) had two seizures at the bus stop and didn't wake up between the seizures",
    "A 34-year-old man with epilepsy has had three convulsions in the last twenty minutes with no recovery between"
    " them.",
    "my daughter has epilepsy, she had one fit then a second fit without regaining consciousness between, what do I do",
    "my wife has epilepsy and her seizures keep coming one after the other",
])
def test_seizures_without_waking_between_are_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "I have epilepsy and had a tonic-clonic seizure this morning that lasted a minute, fully recovered now, can I"
    " still drive?",
    "She has epilepsy, had a seizure in her sleep last night without waking up, she is her normal self today",
    "My son has epilepsy, he had two seizures last month and woke up between them, the neurologist is changing his"
    " lamotrigine",
    "my baby had a feed then another one without waking in between, is that normal at 3 weeks?",
])
def test_one_seizure_recovered_or_waking_between_stays_calm(text: str) -> None:
    _calm(text)

