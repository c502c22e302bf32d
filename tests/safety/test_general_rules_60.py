"""General rules for what blind triage set 60 showed (first score in test_triage_blind60_report.py),
each written here in other words than the set uses: the miss that must now be emergent, the over-reads that
must now be calm, and the near misses of each new reading that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent


# -- a relative's gestation, "my wife is 34 weeks pregnant", is the pregnancy's weeks, not the wife's age (an
#    age of 0.65 years made her an infant, and no pregnancy finding could fire): with pre-eclampsia symptoms
#    or a BP >= 160/110 after 20 weeks it is emergent (NICE NG133)
@pytest.mark.parametrize("text", [
    "My daughter is 31 weeks pregnant with her second, her face is puffy and she keeps seeing flashing lights",
    "my partner is 36 wks pregnant, her bp at the chemist was 164/112, she feels fine, can it wait for the"
    " midwife?",
    "Mum is 29 weeks pregnant (surprise baby!), bad headache and her vision is blurry since lunch",
    "My wife is 33 weeks pregnant, headache since morning not going with panadol, and the monitor showed 150/100",
])
def test_relatives_gestation_with_preeclampsia_signs_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    "my wife is 30 weeks pregnant and has a cold, can she take strepsils?",
    "My daughter is 26 weeks pregnant and wants to know if she can fly to Spain next month",
    "my partner is 35 weeks pregnant, her BP at the midwife was 118/74 and she feels well, what should be in the"
    " hospital bag?",
])
def test_relatives_gestation_without_red_flags_stays_calm(text: str) -> None:
    _calm(text)
