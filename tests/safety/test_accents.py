"""An English phrase written with another language's marks ("bad indigestión", "vómiting") is read as
the phrase: the screen also scans the text with its Latin letters' marks taken off, one character for
one, so what it quotes is the original text. Near misses: the same messages told calm stay calm."""

from __future__ import annotations

import pytest

from medgate.safety.accents import unmarked
from tests.safety.floors import assert_calm, assert_emergent


def test_marks_off_keeps_every_offset() -> None:
    text = "Mi abuelita, 78, dice que es indigestión; Łódź, straße"
    plain = unmarked(text)
    assert len(plain) == len(text)
    assert "indigestion" in plain and "abuelita" in plain and "ß" in plain
    assert unmarked("plain ascii") == "plain ascii"


@pytest.mark.parametrize("text", [
    "Mi abuelo, 67, says he has bad indigestión since supper, like a heavy weight in the middle, and it goes "
    "up into his jaw and left arm. He is sweating a lot and looks grey.",
    "My abuela is 80. Tonight she has indigestión, like a heavy weight in the middle, and it goes to her jaw "
    "and left arm. She is sweating and looks grey.",
])
def test_an_english_phrase_with_marks_escalates(text: str) -> None:
    assert_emergent(text)


@pytest.mark.parametrize("text", [
    "Mi tío has indigestión after a big fiesta dinner, a bit of burning after eating, no other symptoms, "
    "feels fine otherwise",
    "My mamá had heartburn after café con leche, it settled with an antacid, she is walking about fine",
])
def test_the_same_told_calm_stays_calm(text: str) -> None:
    assert_calm(text)
