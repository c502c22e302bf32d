"""Guards on the characters after the first: at every position the engine's dispatch finds
exactly what the full alternation finds."""

from __future__ import annotations

import re

import pytest

from medgate.privacy.detect import ENGINE
from medgate.privacy.guards import GuardedDispatch, guard
from tests.privacy.blind_notes import CHAT, NOTES, NOTES_5
from tests.privacy.corpus import generate

EDGES = [
    "MRN: 1234567, pt name: Zoë Ó Briain, Dr. ÉLODIE Núñez MD, a",  # non-ASCII first and second
    "Ḿ", "pt", "P", "é1", "dob 3/4/1950 tel (617) 555-0199 jo@x.org http://a.b.com/x",
    "Seen by: RN Ola ßeta, 12 Main St, Boston, MA 02115 Ñ",
]  # fmt: skip


def _texts() -> list[str]:
    notes = [n.text for n in (*NOTES, *NOTES_5, *CHAT)]
    return notes + [c.text for c in generate(15, 7)] + EDGES


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.lastgroup == b.lastgroup and _groups(a) == _groups(b)


def _groups(m: re.Match[str]) -> dict[str, tuple[int, int]]:
    """The groups that took part (a bucket's regex holds fewer patterns, so fewer groups)."""
    return {g: m.span(g) for g, v in m.groupdict().items() if v is not None}


# Lines where the patterns left out of the alternations (`Pattern.line_needs`) match, and near misses:
# the need before the name, on the next line, in lower case; a credential glued to a word
GATED_EDGES = [
    "Seen by Jane Roe, MD and k. whitehorse, RN; PT Bob Ray PA-C\nDr A B, FNP-C 12 Ann Lee DO\nMD Ann Roe\nAnn Roe\nMD",
    "mail jo.lee@x.org, Ruby.Jamieson64@btinternet.com or clinic.health/x, www-less host.co\n@ first then\nlater ann@",
    "Ann Lee md, tom ray rn; Bo Kim, M.D.; Ed Fox,\tD.O. Al Wu MDs; Cy Lam PhD.\nKe Ho\nRN Kay Poe, CCC-SLP: notes",
    "ÉLODIE Núñez MD, Zoë Ó Briain RN; é@x.io; Ḿ.com; OAK.COM, Dee 9 Ray MD; Lu Ng  \t  MSN",
]  # fmt: skip


def _full() -> re.Pattern[str]:
    """The alternation of every pattern, gated ones included, as the engine was before gating."""
    parts = [single.pattern[single.pattern.index("(?P<p_") :] for single in ENGINE._singles]
    return re.compile(ENGINE._finder.pattern[: ENGINE._finder.pattern.index("(?=[")] + "(?:" + "|".join(parts) + ")")


def test_every_position_matches_like_the_full_alternation() -> None:
    """The dispatch, then the patterns left out of it where their need follows on the line: what
    the alternation of every pattern finds, at every position."""
    full = _full()
    left_out = {k for _need, ks in ENGINE._needs for k in ks}
    assert len(left_out) == 4  # (e-mail, bare host, two credential names)
    checked = hits = gated = 0
    for text in _texts() + GATED_EDGES:
        needs, windows = ENGINE._needs_found(text)
        for at in range(len(text)):
            want = full.match(text, at)
            if want is None and ENGINE._finder.match(text, at) is None:
                continue  # the finder never stops here
            got = ENGINE._by_char.get(text[at], ENGINE._combined).match(text, at)
            if any(lo <= at <= hi for lo, hi in windows):
                got = ENGINE._gated_first(text, at, got, needs)
            assert _same(got, want), (text[max(0, at - 20) : at + 40], at)
            checked += 1
            hits += want is not None
            gated += want is not None and ENGINE._group_slot[want.lastgroup or ""] in left_out
    assert checked > 10_000 and hits > 500 and gated > 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abc", "first"),  # "abc" passes the first pattern's guard
        ("aBC", "first"),  # the guard lets either case through: the pattern decides
        ("Abc", None),  # first characters keep their case
        ("abx", "third"),  # the first pattern's guard stops it; "a" then anything: no guard
        ("a", "third"),  # at the end of the text a guarded pattern cannot start
        ("abé", "third"),  # a non-ASCII character passes a guard (then the pattern decides)
        ("xé", "fifth"),
        ("x1", None),
    ],
)
def test_guards(text: str, expected: str | None) -> None:
    bodies = ["a(?i:bc)", "(?i:B)c", r"a\w*", "é", "xé"]
    names = ["first", "second", "third", "fourth", "fifth"]
    parts = [f"(?P<{n}>{b})" for n, b in zip(names, bodies, strict=True)]
    by_char = GuardedDispatch(parts, bodies).by_char
    assert "é" not in by_char  # non-ASCII first characters: the caller tries every pattern
    m = by_char[text[0]].match(text, 0) if text[0] in by_char else None
    assert (m.lastgroup if m else None) == expected


ANY_BUT = "(?=(?s:.)(?:[^{}]))"  # one character allowed (either case, or non-ASCII)


@pytest.mark.parametrize(
    ("prefixes", "first", "expected"),
    [
        (None, "a", ""),  # the analysis gave up: no guard
        (frozenset({"ab", "a"}), "a", ""),  # a match can end after "a"
        (frozenset({"ab", "xy"}), "A", ANY_BUT.format("\\x00-\\x41\\x43-\\x61\\x63-\\x7f")),  # b, B
        (frozenset({"xy"}), "a", ANY_BUT.format("\\x00-\\x7f")),  # only a non-ASCII character
        (frozenset(f"a{chr(c)}" for c in range(128)), "a", "(?=(?s:.)(?:(?s:.)))"),  # anything
        (
            frozenset({"abc", "abd", "ax"}),
            "a",
            "(?=(?s:.)(?:[^\\x00-\\x57\\x59-\\x77\\x79-\\x7f]"  # x, X: any third character
            "|[\\x42\\x62](?:[^\\x00-\\x42\\x45-\\x62\\x65-\\x7f])))",  # b, B then c, C, d, D
        ),
    ],
)
def test_guard(prefixes: frozenset[str] | None, first: str, expected: str) -> None:
    assert guard(prefixes, first) == expected
