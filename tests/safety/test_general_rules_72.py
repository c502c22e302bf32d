"""General rules for what blind triage set 72 showed (first score in test_triage_blind72_report.py), each
written here in other words than the set uses: dengue named at home, with no travel, where it is endemic
("dengue", Malay "denggi", an NS1 test told positive) with a WHO 2009 warning sign (mucosal bleeding such as
gums or nose, cold or clammy hands and feet, vomiting three times or more or kept up, belly pain told in
English or Malay, "sakit perut", drowsiness): the critical phase's plasma leak, admit. Near misses: dengue
named with fever and aches only, a single vomit, a dengue vaccine asked about, and warning signs denied."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent


# -- dengue with a warning sign, no travel (WHO 2009 dengue guidelines: warning signs -> admit)
@pytest.mark.parametrize("text", [
    "My son Arif, 9, has dengue since Thursday, day 6 now. Temperature came down but his nose keeps bleeding"
    " and he is very sleepy.",
    "Doktor, suami saya positive denggi, day 4, sakit perut teruk and vomited 5 times since this morning.",
    "Clinic said NS1 positive on Tuesday. Today my wife's feet are icy cold and she keeps throwing up, fever still 38.6.",
    "Dengue confirmed 3 days ago, platelets now 40, my gums are bleeding a little when I eat.",
    "A 22-year-old man in Cebu on day 5 of dengue fever with epigastric pain and tender abdomen.",
])
def test_dengue_with_a_warning_sign_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # dengue named with fever and aches only: no warning sign
    "My brother in Johor has dengue, day 2, high fever and his whole body aches, drinking lots of water.",
    # a single vomit is not persistent vomiting
    "Daughter tested denggi positive yesterday, fever 39, vomited once after panadol, now eating biscuits.",
    # a vaccine question
    "Is the dengue vaccine safe for my 10-year-old? She has never had dengue before.",
    # warning signs denied
    "Dengue day 4, fever and headache, no bleeding gums, no tummy pain, not vomiting, hands are warm.",
])
def test_dengue_without_a_warning_sign_or_a_vaccine_question_is_calm(text: str) -> None:
    _calm(text)
