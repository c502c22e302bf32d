"""Shapes found missing by blind PHI set 36 (held back to the end of the fifth session, then
recorded; new examples written for these tests, not the set's own texts), and the near misses that
must stay."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import covered, masked, touched


@pytest.mark.parametrize(("text", "value"), [
    # a first name that is also a pill's brand, after a title (Spanish and Portuguese "Dra." too)
    ("Buenos días Dra. Allegra, gracias por todo", "Allegra"),
    # Malaysian names with the father's after "a/l" or "d/o"
    ("pesakit ganesan a/l subramaniam, 61 tahun", "ganesan a/l subramaniam"),
    ("waris: Meena d/o Rajan (anak)", "Meena d/o Rajan"),
    # a date of birth read out: a cardinal day before its month, the year in words after a comma
    ("Caller: Twenty-two March nineteen fifty-one. Agent: thank you", "Twenty-two March nineteen fifty-one"),
    ("dob the third of june, nineteen sixty-four, confirmed", "third of june, nineteen sixty-four"),
])  # fmt: skip
def test_a_shape_from_set_36(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), detect(text, "strict")


@pytest.mark.parametrize(("text", "keep"), [
    ("NCS s/o AIDP, started IVIg", "s/o AIDP"),
    ("mood d/o NOS, on sertraline", "d/o NOS"),
    ("arrived march the first twenty minutes late", "twenty minutes"),
    ("one may argue the dose is high", "one may"),
    ("Dr. Lasix was not a person; lasix 40 mg given", "lasix 40 mg"),
])  # fmt: skip
def test_a_near_miss_from_set_36(text: str, keep: str) -> None:
    assert not touched(text, keep), detect(text, "strict")
