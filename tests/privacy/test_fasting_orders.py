"""A fasting order told in words ("nil by mouth", "nil per os", "nil orally") is kept: "Nil" is also a first
name, and after "I'm" the strict filter read it as the writer's name. Near misses: Nil as a name, introduced
or as a subject, stays masked."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I'm nil by mouth again since last night and nobody has come", "nil by mouth"),
        ("Im nil by mouth from midnight for theatre", "nil by mouth"),
        ("NIL BY MOUTH FROM 0200 FOR ORIF", "NIL BY MOUTH"),
        ("keep nil per os until reviewed by the surgeons", "nil per os"),
        ("pt NBM, nil orally, IV fluids running", "nil orally"),
    ],
)
def test_a_fasting_order_is_kept(text: str, kept: str) -> None:
    assert not touched(text, kept, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hi, I'm Nil, her granddaughter, she is 84", "Nil"),
        ("spoke to Nil by phone this morning", "Nil"),  # ("by" and no mouth after it)
    ],
)
def test_nil_as_a_name_stays_masked(text: str, value: str) -> None:
    assert leak_free(text, value, "strict"), (text, detect(text, "strict"))
