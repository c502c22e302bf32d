"""first_chars: the first-character sets the engine dispatches on must never miss a real start."""

from __future__ import annotations

import re

import pytest

from medgate.privacy.detect import ENGINE
from medgate.regex_starts import first_chars
from tests.privacy.blind_notes import NOTES, NOTES_2

CASES = [
    (r"abc", "a"),
    (r"(?i:\bab)c", "Aa"),
    (r"(?<=x)[0-3]|(?i:k)", "0123Kk"),
    (r"(?i:ſ)", "Ss"),  # long s folds to s under IGNORECASE
    (r"(?:a|b)?c", "abc"),
    (r"(?P<v>\d{2,}|[A-C]+)-", "0123456789ABC"),
    (r"(?=a)[ab]", "ab"),
]


@pytest.mark.parametrize(("regex", "expected"), CASES)
def test_first_chars(regex: str, expected: str) -> None:
    assert first_chars(regex) == frozenset(expected)


@pytest.mark.parametrize("regex", [r"a?", r"(x)?\1", r"(?:)", r"\b"])
def test_unknown_or_empty_means_any(regex: str) -> None:
    assert first_chars(regex) is None


def test_every_engine_pattern_starts_inside_its_set() -> None:
    text = "\n\n".join(n.text for n in [*NOTES, *NOTES_2])
    checked = 0
    for single in ENGINE._singles:
        body = single.pattern[single.pattern.index("(?P<p_") :]
        allowed = first_chars(body)
        for m in re.finditer(single.pattern, text):
            ch = text[m.start()]
            assert allowed is None or ch in allowed or ord(ch) >= 128, (body[:60], ch)
            checked += 1
    assert checked > 100
