"""The prefix buckets (safety/dispatch.py) must find exactly what trying every concept everywhere finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medgate.regex_starts import branches
from medgate.safety.accents import unmarked
from medgate.safety.evaluate import TRIAGE_DATA, load_level_vignettes, load_vignettes
from medgate.safety.screen import default_screener

HERE = Path(__file__).parent


def _tried_everywhere(text: str) -> list[tuple[int, int, str, str]]:
    screener = default_screener()
    out = []
    for pos in range(len(text)):
        if pos and re.match(r"\w", text[pos - 1]):
            continue
        for cat, concept, regex in screener._concepts:
            m = regex.match(text, pos)
            if m is not None:
                out.append((pos, m.end(), cat, concept))
    return out


def _brute_force(text: str) -> list[tuple[int, int, str, str]]:
    """Every concept tried at every word start, in the text and (`safety.accents`) in the text with
    its Latin letters' marks taken off."""
    found = _tried_everywhere(text)
    plain = unmarked(text)
    return found if plain == text else sorted(set(found) | set(_tried_everywhere(plain)))


def test_bucketed_scan_equals_brute_force_on_the_vignettes() -> None:
    # Every third level vignette: the brute force is 500+ patterns at every word start, and with
    # every set it had grown past pytest's 300 s limit on a busy 2-core machine.
    screener = default_screener()
    texts = [
        t
        for name in (
            "vignettes.yaml",
            "vignettes_heldout.yaml",
            "vignettes_blind.yaml",
            "vignettes_blind2.yaml",
        )
        for v in load_vignettes(HERE / name)
        for t in (v.text,)
    ]
    level = [v.text for p in sorted(TRIAGE_DATA.glob("triage_*.yaml")) for v in load_level_vignettes(p)]
    texts += level[::3]
    # non-ASCII first, second or third characters, case folding across scripts (the Kelvin sign
    # folds to k, the long s to s), and texts that end one or two characters into a word
    texts += [
        "temp ٣٩ and 3-week-old, ١٠/١٠ pain", "SpO2 88%, 10/10 crushing ÇHEST pain",
        "Kidney infection and ſepsis, cheſt pain", "fé ver and bréathless, ﬁt", "he", "h", "no",
        "chest pain a", "I", "my 2 month old is gruntin\u0261",
    ]
    assert len(texts) > 500
    for text in texts:
        got = [(m.start, m.end, m.category, m.concept) for m in screener.mentions(text)]
        assert got == _brute_force(text), text


def test_bucketed_scan_equals_brute_force_in_any_case() -> None:
    """On an ASCII text the buckets run on its lowercase; the case-sensitive patterns ("CP",
    "SOB", "HR") must still tell "CP" from "cp"."""
    screener = default_screener()
    chat = [v.text for p in sorted(TRIAGE_DATA.glob("triage_*chat.yaml")) for v in load_level_vignettes(p)]
    texts = [t for text in chat[::5] for t in (text.upper(), text.swapcase())]
    texts += ["CP and SOB since 2am, HR 130, T 39.2, BM says HI, SI", "cp and sob, hr 130, bm says hi",
              "Cp and Sob", "pt c/o CP, STEMI on ECG, GTN given", "STEMI", "stemi"]
    for text in texts:
        got = [(m.start, m.end, m.category, m.concept) for m in screener.mentions(text)]
        assert got == _brute_force(text), text


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"a|b(?:c|d)|[|]x|\|y", ["a", "b(?:c|d)", "[|]x", r"\|y"]),
        (r"[]|]|c|[^]|]", ["[]|]", "c", "[^]|]"]),
        (r"(?-i:CP)|chest", ["(?-i:CP)", "chest"]),
        (r"(?P<v>a)|b", [r"(?P<v>a)|b"]),  # a caller reads the groups: kept whole
        (r"(?i)a|b", [r"(?i)a|b"]),  # a global flag applies to every branch
        (r"a(?:b|c)", [r"a(?:b|c)"]),
    ],
)
def test_patterns_split_at_their_top_level_alternation_only(regex: str, expected: list[str]) -> None:
    assert branches(regex) == expected
