"""Same-day (urgent) readings: shingles near the eye (NICE CKS shingles: the ophthalmic division,
Hutchinson's sign); shingles reported under its own category."""

from __future__ import annotations

import pytest

from medgate.safety.screen import default_screener
from tests.safety.floors import level


def _findings(text: str) -> list[tuple[str, str]]:
    esc = default_screener().screen([text], "UK", layers=("rules", "findings"))
    return [(f.category, f.name) for f in esc.fired] if esc is not None else []


# -- shingles near the eye: the same day
@pytest.mark.parametrize("text", [
    "blistering rash across the left side of my forehead since yesterday, I'm 74",
    "a painful crop of blisters on the bridge of my nose and above my right eye",
    "the GP said shingles on Monday and now it has spread round her left eye",
    "zoster came up along my hairline and brow yesterday, and now there is a sore on the side of my nose",
    "his upper eyelid and forehead are covered in little blisters, very sore",
])
def test_shingles_near_the_eye_is_urgent(text: str) -> None:
    assert level(text) == "urgent", text
    assert ("shingles", "shingles near the eye") in _findings(text), text


@pytest.mark.parametrize(("text", "expected"), [
    # shingles elsewhere is the plain shingles reading, not the eye's
    ("shingles along my ribs on the left, came up two days ago", "urgent"),
    ("cold sore blisters on the side of my nose again, I get them every winter", "routine"),
    ("a red rash round my eye since I tried a new mascara", "routine"),
    ("a few spots on my forehead before my period, as usual", "routine"),
])
def test_shingles_near_misses_keep_their_level(text: str, expected: str) -> None:
    assert level(text) == expected, text
    assert ("shingles", "shingles near the eye") not in _findings(text), text


# -- the shingles reading says what it is (not suspected sepsis)
@pytest.mark.parametrize("text", [
    "shingles on my lower back since the weekend",
    "a band of blisters round the right side of my waist",
])
def test_shingles_is_reported_as_shingles(text: str) -> None:
    fired = _findings(text)
    assert ("shingles", "shingles") in fired, fired
    assert not any(category == "suspected_sepsis" for category, _ in fired), fired
