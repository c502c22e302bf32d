"""first_chars: the first-character sets the engine dispatches on must never miss a real start."""

from __future__ import annotations

import re

import pytest

from medgate.privacy.detect import ENGINE
from medgate.regex_starts import first_chars, first_pairs, first_prefixes
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


PREFIX_CASES = [
    (r"abc", 2, {"ab"}),
    (r"(?i:Ab)c", 2, {"ab"}),
    (r"a|bc", 2, {"a", "bc"}),  # "a" alone: a match can end after it
    (r"a?bc", 2, {"ab", "bc"}),
    (r"(?:x|y)?z", 2, {"xz", "yz", "z"}),
    (r"(?:ab)+c", 3, {"abc", "aba"}),
    (r"(?-i:T)x", 2, {"tx"}),  # lowercased: a superset for any case flag
    (r"x(?=y)z", 2, {"xz"}),  # lookarounds consume nothing
    (r"ab\w+", 3, {"ab"}),  # a wide class ends the prefix: anything may follow
    (r"(?i)(?:fever|temp)\w*", 3, {"fev", "tem"}),
    (r"\d{2}", 2, {f"{a}{b}" for a in "0123456789" for b in "0123456789"}),
]


@pytest.mark.parametrize(("regex", "k", "expected"), PREFIX_CASES)
def test_first_prefixes(regex: str, k: int, expected: set[str]) -> None:
    assert first_prefixes(regex, k) == frozenset(expected)


@pytest.mark.parametrize("regex", [r"a?", r"(x)?\1", r"(?:)", r"\w+", r"[a-z]b"])
def test_prefixes_unknown_or_empty_means_any(regex: str) -> None:
    assert first_prefixes(regex, 2) is None


def test_first_pairs_is_two_deep() -> None:
    assert first_pairs(r"hello") == frozenset({"he"})

