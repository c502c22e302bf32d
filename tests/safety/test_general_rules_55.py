"""General rules for what blind triage set 55 showed (first score in test_triage_blind55_report.py),
each written here in other words than the set uses: the look-alike alarms that must now be calm, the
same-day problems that must now read urgent, and the near misses of each new reading that must keep
their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level


# -- a vitamin "overdose" of a capsule or two, the vitamin's own tablets the only thing taken (TOXBASE
#    vitamin D: low acute toxicity); the vitamin's form is no other medicine
@pytest.mark.parametrize("text", [
    "I think I overdosed on my vit D3, took 3 softgel capsules of 2000 IU instead of one. I'm 40 and well.",
    "Accidentally overdosed my vitamin B12 - swallowed 2 tablets this morning instead of 1, feel fine",
    "did a small overdose of vitamin E by mistake, took two capsules not one, no other meds",
])
def test_a_vitamin_taken_twice_is_not_emergent(text: str) -> None:
    assert level(text) == "routine", text


@pytest.mark.parametrize("text", [
    "I overdosed my vitamin D on purpose last night, took 6 capsules",
    "I overdosed my vit D, took 3 tablets, and took my tramadol as well",
    "I overdosed my vitamin D and took some oxycodone, now I'm very drowsy",
    "Took 45 vitamin D capsules to overdose",
    "my 2 year old overdosed on iron tablets, swallowed about 8",
    "overdosed on vitamin C, took 2 pills plus 24 paracetamol",
])
def test_a_real_overdose_beside_a_vitamin_still_fires(text: str) -> None:
    _emergent(text)
