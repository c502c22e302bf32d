"""ascii_lowered: on the lowercase of an ASCII text, the same match spans as the original regex."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medgate.regex_ascii import CaseSensitive, ascii_lowered
from medgate.safety.evaluate import TRIAGE_DATA, load_level_vignettes
from medgate.safety.findings import GROUPS
from medgate.safety.rules import CATEGORIES
from medgate.safety.triggers import DEFAULT_TRIGGERS

SAFETY = Path(__file__).parent / "safety"

CASES = [
    r"(?:(?=((?:a[bc]\w+)(?!\w)))|)x",  # the screen's lookahead buckets
    r"(?P<i0>ab|cd)|(?P<i1>a\w)",  # FirstOf buckets: named groups
    r"’|caf\w",  # a non-ASCII literal never matches an ASCII text
    r"(?i:Kelvin)|ſ",  # Unicode case rules have nothing to act on
    r"[^\w.!?;\n]++x",
    r"(?<!hay )(?<!Hay-)fever\b",
    r"[A-Z]x|[^a-z]y|.z",
    r"x(?-i:\d+)(?:\s|$)",  # a case-sensitive item that does not tell cases apart
    r"(?>ab|a)c|\bQ\B",
]
TEXTS = ["ABcd x CP", "abx xcp", "KELVIN", "ab xcP", "hay fever", "HAY Fever", "Hay-fever", "  x",
         "caf", "CAFe", "Qx qX 9y Zy\nz", "x12 X34", "abc ABC aC", "Qq"]


def _spans(m: re.Match[str] | None) -> object:
    return None if m is None else (m.regs, m.lastgroup, m.lastindex)


@pytest.mark.parametrize("regex", CASES)
def test_lowered_matches_like_the_original_at_every_position(regex: str) -> None:
    original, lowered = re.compile(regex, re.I), ascii_lowered(regex, re.I)
    for text in TEXTS:
        for pos in range(len(text) + 1):
            assert _spans(lowered.match(text.lower(), pos)) == _spans(original.match(text, pos)), (text, pos)


@pytest.mark.parametrize("regex", [r"x(?-i:CP)", r"(?-i:[A-Z])", r"(?-i:h[Ii])"])
def test_a_regex_that_tells_cases_apart_is_refused(regex: str) -> None:
    with pytest.raises(CaseSensitive):
        ascii_lowered(regex, re.I)


def test_back_references_are_refused() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        ascii_lowered(r"(a)\1", re.I)


def test_every_screen_regex_finds_the_same_spans_on_upper_and_mixed_case_text() -> None:
    texts = [v.text for p in sorted(TRIAGE_DATA.glob("triage_*chat.yaml")) for v in load_level_vignettes(p)]
    texts = [t for t in texts[::12] if t.isascii()]
    texts += [t.upper() for t in texts] + [t.swapcase() for t in texts]
    texts += ["CP and SOB since 2am, HR 130, T 39.2, BM says HI", "cp and sob, hr 130, t 39.2, bm hi"]
    patterns = [p for c in CATEGORIES for concept in c.concepts for p in concept.patterns]
    patterns += [p for g in GROUPS for concept in g.concepts for p in concept.patterns]
    patterns += [t.pattern for t in DEFAULT_TRIGGERS]
    lowered = 0
    for regex in patterns:
        original = re.compile(regex, re.I)
        try:
            fast = ascii_lowered(regex, re.I)
        except CaseSensitive:
            continue
        lowered += 1
        for text in texts:
            assert [m.span() for m in fast.finditer(text.lower())] == [
                m.span() for m in original.finditer(text)], (regex, text)
    assert lowered > 0.9 * len(patterns)
