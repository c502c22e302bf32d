"""A note's header line: the hospital named after the ward's number is masked ("ward 21 middlemore");
the next line's "pt" or "dr" is not a street's suffix ("bay 3 bed 4" + "pt ..." is no address), and
the first group of a phone number is not a postcode ("mob 07700 900461" leaves "mob"); a learned
span that ran into a facility's kind keeps the name ("Millbrook" of "Millbrook Heart Clinic"). New texts,
not the blind sets'; near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from medgate.privacy.detect import name_before_kind
from medgate.privacy.types import Entity, PhiType
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("night note 3/9, ward 12 wairau\npt settled", "wairau"),
        ("NURSING NOTE 0400 WARD 7 KILBRIDE\nPT ASLEEP", "KILBRIDE"),
        ("day shift, ward 3b st vincents\npt mobilising", "vincents"),
        ("Ward 9 Tallaght, bed 4\nPt alert", "Tallaght"),
    ],
)
def test_the_hospital_after_a_wards_number_is_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ward 4 north\npt comfortable", "north"),
        ("Surgical Ward 2 handover\nPt drowsy", "handover"),
        ("transferred to ward 7 medicine\npt ok", "medicine"),
        ("ward 5 handoff, pt stable", "handoff"),
        ("ward 6 obs, pt stable", "obs"),
    ],
)
def test_a_wards_side_department_or_task_is_no_hospital(text: str, word: str) -> None:
    assert not touched(text, word), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    "text",
    [
        "nights, bay 2 bed 6\npt pulled out cannula",
        "evening shift ward 4 west\nPT TURNED 2 HRLY",
        "obs at 0600 bed 3 side room\ndr informed of NEWS 5",
    ],
)
def test_a_line_opening_with_pt_or_dr_ends_no_street(text: str) -> None:
    start = text.index("\n") + 1
    for policy in ("standard", "strict"):
        spans = detect(text, policy)
        assert not any(e.start <= start < e.end for e in spans), (policy, text, spans)


@pytest.mark.parametrize(
    "text",
    [
        "tell her I'm on my way. mob 07700 900461",
        "call me when he's out of the theatre way. cell 0412 345 678",
    ],
)
def test_a_phone_numbers_first_group_is_no_postcode(text: str) -> None:
    word = text.split(". ")[1].split()[0]
    assert not touched(text, word), (text, detect(text, "strict"))
    number = text.split(word + " ")[1]
    assert leak_free(text, number)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("14 Harbour View\nCrescent, Kingston", "14 Harbour View"),
        ("lives at 22 kowhai rd sunshine 3020", "3020"),
    ],
)
def test_wrapped_streets_and_postcodes_still_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


def test_an_order_after_the_ward_is_no_hospital() -> None:
    text = "WARD 9C  NBM, IVF RUNNING"
    assert not touched(text, "NBM"), detect(text, "strict")


@pytest.mark.parametrize(
    ("text", "span", "kept"),
    [
        ("referred to Kowhai Eye Hospital today", "Kowhai Eye", "Kowhai"),
        ("at Silverpine Skilled Nursing, Ward 2", "Silverpine Skilled", "Silverpine"),
        ("seen at Tumaini Family Clinic", "Tumaini Family", "Tumaini"),
        ("the Kowhai Eye team", "Kowhai Eye", "Kowhai Eye"),  # no facility's head after: as found
        ("Heart Clinic on Monday", "Heart", "Heart"),  # nothing before the kind: as found
    ],
)
def test_a_learned_span_into_a_facilitys_kind_keeps_the_name(text: str, span: str, kept: str) -> None:
    start = text.index(span)
    found = name_before_kind(Entity(PhiType.LOCATION, start, start + len(span), span), text)
    assert found.text == kept and text[found.start : found.end] == kept
