"""A lab after "from"/"to" is the hospital's own, no town: "PT TO CATH LAB AT 2130", "came from the sleep
lab" (the dev split's real ICU notes: "CATH LAB" was read as a city six times). Near misses: a town after the
same cues stays masked."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize("policy", ["standard", "strict"])
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("58 YO M ADMITTED FROM CATH LAB HAD RCA STENT", "CATH LAB"),
        ("PT TO CATH LAB AT 2130 FOR PCI", "CATH LAB"),
        ("came back from the sleep lab at 0600", "sleep lab"),
        ("SENT TO SLEEP LAB FOR A STUDY", "SLEEP LAB"),
    ],
)
def test_a_hospitals_lab_is_no_town(text: str, kept: str, policy: str) -> None:
    assert not touched(text, kept, policy), (text, detect(text, policy))


@pytest.mark.parametrize("policy", ["standard", "strict"])
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("TRANSFERRED FROM WORCESTER FOR CABG", "WORCESTER"),
        ("pt moved from Springfield last year", "Springfield"),
        ("ADMITTED FROM BROCKTON ON HEPARIN GTT", "BROCKTON"),
    ],
)
def test_a_town_after_the_same_cues_stays_masked(text: str, value: str, policy: str) -> None:
    assert leak_free(text, value, policy), (text, detect(text, policy))
