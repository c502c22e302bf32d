"""General shapes behind blind PHI set 61 (US nursing notes, letters from seven countries, chats;
new examples written for these tests, not the set's own texts): a pain score after its shorthand,
"perm" before a pacer, a drug's clinic and a count per cubic millimetre stay. And the near misses on
the other side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("1400 C/O CP 7/10 RADIATING TO L ARM, NTG X1", "CP 7/10"),
        ("pt c/o HA 5/10, tylenol given", "HA 5/10"),
        ("headache 8/10 since this morning", "headache 8/10"),
        ("S/P PERM PPM 2019, INTERROGATED TODAY, PACED 70", "PERM PPM"),
        ("perm cath R IJ, HD MWF", "perm cath"),
        ("INR check at the Bayview Warfarin Clinic next week", "Warfarin"),
        ("TLC 9,400/cumm, platelets 1.4 lakh/cumm", "9,400/cumm"),
    ],
)
def test_scores_devices_clinics_and_counts_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seen on 6/10 for chest pain", "6/10"),
        ("She moved here from Perm in 2019", "Perm"),
        ("INR check at the Bayview Warfarin Clinic next week", "Bayview"),
    ],
)
def test_the_near_misses_the_other_way_are_still_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))
