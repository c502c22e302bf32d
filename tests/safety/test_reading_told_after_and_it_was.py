"""A vital sign read back after "and it was" ("the midwife took my blood pressure and it was 164/112", "took
her temperature and it read 38.4"): "and" ends the words allowed between a vital's name and its number (so a
list's next vital is not read as this one's), and a pregnant woman's severe pressure (NICE NG133: >= 160/110,
admit) told this way read routine. Near misses: a verdict after "it was" and a normal reading keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent


@pytest.mark.parametrize("text", [
    "I'm 35 weeks pregnant, the community midwife took my blood pressure and it was 168/110. I feel well.",
    "33 weeks pregnant, checked my bp at the chemist and it came back at 171/104, no headache",
    "my son is 5 weeks old, took his temperature and it read 38.6, he's feeding ok",
])
def test_a_reading_after_and_it_was_counts(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "checked his bp and it was fine, pulse 82, just a bit tired after the bus",
    "took my blood pressure and it was 122/78, all good, just wanted to log it",
    "28 weeks pregnant, midwife took my bp and it was 118/74, baby moving loads",
])
def test_a_verdict_or_a_normal_reading_stays_calm(text: str) -> None:
    _calm(text)
