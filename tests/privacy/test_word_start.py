"""word_start: the same matches as `(?i)\\b(?:words)`, found from a first-letter class."""

from __future__ import annotations

import re
import sys

import pytest

from medgate.privacy import cues
from medgate.privacy.strict import dates, numbers
from medgate.privacy.word_start import FOLDS, led, word_start
from tests.privacy.blind_notes import CHAT, NOTES, NOTES_4
from tests.privacy.corpus import generate

EDGES = [
    "Pager 4471, PAGER:4471, xpager 4471, _page 4471, 3page 4471, ſept 3 and ſeptember 2020",
    "on March 3rd, 2019; mar 2020, MAY 7, 'jun '21, Decembers, o'march 3, ext.20345 x 12345",
    "beeper is 22345 / bleep me on 4471 / ext# 2034 / page:  99999 / Extension 123456 / jun.",
    "İnstruction Kelvin-Kpager ıpager ſ ſep Sep.12 sEpTeMbEr 1999 octobers",
]  # fmt: skip
WORDS = [
    ["pager", "pgr", "page", "bleep", "beep", "beeper", "ext", "extension", "x"],
    sorted(cues.MONTHS, key=len, reverse=True),
    ["kin", "ski", "is", "i", "it's"],  # folded first letters, a one-letter word, an apostrophe
]


def _texts() -> list[str]:
    return [n.text for n in (*NOTES, *NOTES_4, *CHAT)] + [c.text for c in generate(20, 3)] + EDGES


def _found(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, tuple[int, int]]]]:
    return [(m.span(), {g: m.span(g) for g in rx.groupindex}) for m in rx.finditer(text)]


@pytest.mark.parametrize("words", WORDS)
def test_same_matches_as_the_plain_alternation(words: list[str]) -> None:
    plain = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, words)) + ")")
    fast = re.compile(word_start(words))
    for text in _texts():
        assert _found(fast, text) == _found(plain, text), text[:80]


SHORT_PHONE = (
    r"(?i)\b(?:pager|pgr|page|bleep|beep|beeper|ext|extension|x)\.?[ \t]*"
    r"(?:is[ \t]+|me[ \t]+on[ \t]+|on[ \t]+|#[ \t]*|:[ \t]*)?(?P<v>\d{4,5})\b"
)
MONTH_DATE = (
    r"(?i)\b(?=[adfjmnos])(?P<mon>" + "|".join(sorted(cues.MONTHS, key=len, reverse=True)) + r")\b\.?"
    r"(?P<rest>[ \t]*(?:(?:[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?[ \t]*(?:19|20)\d\d)?"
    r"|(?:of[ \t]+)?(?:19|20)\d\d\b|'\d\d\b))?"
)  # the strict filter's scans as they were written before word_start


@pytest.mark.parametrize(
    ("before", "now"),
    [(SHORT_PHONE, numbers._SHORT_PHONE), (MONTH_DATE, dates._MONTH_DATE)],
    ids=["short_phone", "month_date"],
)
def test_strict_scans_match_as_before(before: str, now: re.Pattern[str]) -> None:
    old = re.compile(before)
    for text in _texts():
        assert _found(now, text) == _found(old, text), text[:80]


def test_the_fold_table_is_complete() -> None:
    """Every non-ASCII character that IGNORECASE matches to an ASCII letter is in FOLDS."""
    any_letter = re.compile(r"(?i)[a-z]")
    found: dict[str, str] = {}
    for code in range(128, sys.maxunicode + 1):
        ch = chr(code)
        if any_letter.match(ch):
            letter = next(c for c in "abcdefghijklmnopqrstuvwxyz" if re.match(f"(?i){c}", ch))
            found[letter] = found.get(letter, "") + ch
    assert found == dict(FOLDS)


def test_words_must_start_with_a_letter() -> None:
    with pytest.raises(ValueError, match="ASCII letter"):
        word_start(["#tag"])


LED_EDGES = [
    "Dr K, DR. J saw Mrs B; xDr K, _Mr L, 3Ms P, Drs K, Sister A. SISTER B, Sr C, Prof. D, PROF E",
    "Medtronic, MEDTRONIC pump; aMedtronic; St. Jude, St Jude, St.Jude; BOSTON SCIENTIFIC, Boston Scientifics",
    "Zoll-ZOLL Zimmer; ÀZoll; İDr K; ſMr L; Dr\nK; Mr  L; (Ms M) [Dr N] ‘Mr O’",
]  # fmt: skip
LED_WORDS = [
    (["Dr", "DR", "Prof", "PROF", "Mr", "Mrs", "MRS", "Ms", "Sister", "SISTER", "Sr"], r"\.? [A-Z](?!\w)"),
    (["Medtronic", "MEDTRONIC", "Zoll", "ZOLL", "Zimmer", r"St\.? Jude", "Boston Scientific"], r"\b"),
    (["Mrs", "Mr", "M", "Ms"], ""),  # a prefix of a later word, a one-character word
]


@pytest.mark.parametrize(("words", "after"), LED_WORDS)
@pytest.mark.parametrize("before", [r"\b", r"(?<!\w)", r"(?<![\w.])"])
def test_led_same_matches_as_the_plain_alternation(words: list[str], after: str, before: str) -> None:
    plain = re.compile(before + "(?:" + "|".join(words) + ")" + after)
    fast = re.compile(led(words, before) + after)
    for text in _texts() + LED_EDGES:
        assert _found(fast, text) == _found(plain, text), text[:80]


def test_led_words_must_start_with_a_plain_character() -> None:
    with pytest.raises(ValueError, match="plain character"):
        led([r"\d+"])
    with pytest.raises(ValueError, match="plain character"):
        led(["[Dd]r"])
