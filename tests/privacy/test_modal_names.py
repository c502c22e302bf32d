"""A relative's first name that is also a modal ("will", "may") after the kinship word, where a
modal cannot stand: before "is", "was", a past tense or "'s" (the shape three writers used in sets 45,
53 and 65). The modal itself stays. New texts, not the blind sets'."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pt's nephew will is the main contact, ph on file", "will"),
        ("SOCIAL: SON WILL PHONED AT 2100, UPDATED ON PLAN", "WILL"),
        ("granddaughter may was at the bedside all afternoon", "may"),
        ("her partner Will has the key to the flat", "Will"),
        ("husband will's mobile is on the whiteboard", "will"),
        ("pt's son will driving up from the coast tmrw", "will"),
    ],
)
def test_a_relatives_modal_first_name_is_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    "text",
    [
        "her son will drive her home after discharge",
        "his daughter may come in later to help with meals",
        "wife will be in at 1400 to discuss the plan",
        "the will is with the solicitor, her brother may ring",
        "son will call back in the morning re the care package",
        "her son will bring clean clothes and her glasses",
        "brother will swing by after work, daughter may ring later",
    ],
)
def test_the_modal_after_a_relative_stays(text: str) -> None:
    found = " ".join(e.text.lower() for e in detect(text, "strict"))
    assert "will" not in found.split() and "may" not in found.split(), (text, found)
