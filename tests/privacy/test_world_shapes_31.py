"""Shapes found missing by blind PHI set 31 (immigrant families in English-speaking countries; new
examples written for these tests, not the set's own texts), and the near misses that must stay."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import covered, masked, touched


@pytest.mark.parametrize(("text", "value"), [
    # an ID read digit by digit, a letter first or spelled the caller's way
    ("member number is B as in Bravo 5 5 0 2 8 1 7 3 thanks", "B as in Bravo 5 5 0 2 8 1 7 3"),
    ("Caller: T 9 8 1 2 0 4 6, that's the one", "T 9 8 1 2 0 4 6"),
    # a chat handle with a dot or underscore and digits
    ("[09:41] minh.tran.88: she is still dizzy", "minh.tran.88"),
    ("msg from amal_h2004 about the refill", "amal_h2004"),
    # a Vietnamese name in lower case, a writer's name after thanks in another language
    ("my grandma pham thi lan, 81, fell again", "pham thi lan"),
    ("please call back. mahadsanid, hodan", "hodan"),
    ("ok see you monday. salamat, rowena", "rowena"),
    # dates: a day in words after its weekday or before "with", lower-case sat before a slash date,
    # a Spanish day in words
    ("booked for Thursday the twenty first at 9", "Thursday the twenty first"),
    ("her scan is on the nineteenth with Dr Obi", "nineteenth"),
    ("can you cover sat 12/4 for me", "sat 12/4"),
    ("nacio el quince de agosto de 1949 en Puebla", "quince de agosto de 1949"),
    # a shop or place of worship a family names, in lower case
    ("get it from warsame pharmacy near the mall", "warsame pharmacy"),
    ("she works mornings at bogdan's bakery", "bogdan's bakery"),
    # a phone said with "plus", a lettered code, a road by its number, a numbered avenue, a flat alone
    ("call his cousin plus 44 7700 900 412 tonight", "plus 44 7700 900 412"),
    ("Medicaid CIN KT48213Q on file", "KT48213Q"),
    ("lives way out on Hwy 55 past the church", "Hwy 55"),
    ("the clinic on 128 street by the mall", "128 street"),
    ("her place is near the park, apt 12B", "apt 12B"),
])  # fmt: skip
def test_a_shape_from_set_31(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), detect(text, "strict")


@pytest.mark.parametrize(("text", "keep"), [
    ("power 5 5 5 5 4 4 4 in all four limbs", "5 5 5 5 4 4 4"),
    ("we will review on the second floor", "second floor"),
    ("I sat 2 hours in the waiting room", "sat 2"),
    ("van driver dropped her at the door", "van driver"),
    ("see version v2.3.1 of the app", "v2.3.1"),
    ("collect it from the hospital pharmacy", "hospital pharmacy"),
    ("mum's pharmacy is closed sundays", "mum's pharmacy"),
    ("rt 39 mm lesion on the scan", "rt 39"),
    ("BP 120/80 on rt arm", "rt arm"),
    ("plus 2 more tablets at night", "plus 2"),
])  # fmt: skip
def test_a_near_miss_from_set_31(text: str, keep: str) -> None:
    assert not touched(text, keep), detect(text, "strict")


# -- (from sets 30 and 32, recorded) a name spelled letter by letter after it is said; UK and
# Canadian postcodes in lower case
@pytest.mark.parametrize(("text", "value"), [
    ("Caller: Tran Van Minh, that's M-I-N-H. DOB next", "M-I-N-H"),
    ("this is marie claude joseph j o s e p h calling about the bill", "j o s e p h"),
    ("lives in halls, nottingham ng7 2rd. student", "ng7 2rd"),
    ("apt 4, vancouver v5k 0a1. msp number", "v5k 0a1"),
])  # fmt: skip
def test_spelled_names_and_lower_case_postcodes(text: str, value: str) -> None:
    """Every letter and digit of the value is masked (by one span or by spans side by side)."""
    spans = [(e.start, e.end) for e in detect(text, "strict")]
    s = text.index(value)
    bare = [i for i in range(s, s + len(value)) if text[i].isalnum()]
    assert all(any(a <= i < b for a, b in spans) for i in bare), detect(text, "strict")


@pytest.mark.parametrize(("text", "keep"), [
    ("given x2 5mg doses overnight", "5mg"),
    ("AVPU: A, plan a b c d then review", "a b c d"),
    ("bd 2 5ml syringes", "5ml"),
])  # fmt: skip
def test_no_postcode_or_spelling_in_clinical_shorthand(text: str, keep: str) -> None:
    assert not touched(text, keep), detect(text, "strict")


@pytest.mark.parametrize(("text", "value"), [
    ("her follow up at sunnybrook is in june", "sunnybrook"),
    ("they took him to middlemore last night", "middlemore"),
])  # fmt: skip
def test_a_lower_case_place_built_like_one(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), detect(text, "strict")


@pytest.mark.parametrize("text", ["plan to extubate in the morning", "seen in resus at 2am", "transfer from theatre to recovery"])
def test_no_place_in_clinical_words_after_a_preposition(text: str) -> None:
    assert not any(e.type.name == "LOCATION" for e in detect(text, "strict")), detect(text, "strict")


# -- (from set 30, recorded) a name right after the bed or room a handover gives
@pytest.mark.parametrize(("text", "value"), [
    ("BED 11: SOTIRIS KYPRIANOU, 81, POST OP DAY 2", "SOTIRIS KYPRIANOU"),
    ("rm 7 hope nwankwo sats dropping, on 4l", "hope nwankwo"),
])  # fmt: skip
def test_a_name_after_a_bed(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), detect(text, "strict")


@pytest.mark.parametrize("text", ["bed 4 pain controlled overnight", "rm 2 will need bloods at 6", "bed 12 nil by mouth"])
def test_no_name_after_a_bed(text: str) -> None:
    assert not any(e.type.name == "NAME" for e in detect(text, "strict")), detect(text, "strict")
