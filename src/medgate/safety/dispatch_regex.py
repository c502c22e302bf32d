"""The regexes prefix dispatch (dispatch.py) is built from: how a bucket's regex is made from
its items (`Build`: `Lookaheads`, `FirstOf`), where some entry can start (`trie`,
`start_class`, `Starts`), and a regex's form for lowercased ASCII text (`ascii_form`)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import groupby
from typing import ClassVar, Final

from medgate.regex_ascii import ascii_lowered


class Build:
    """How a bucket's regex is made from its items' alternations (in item order).

    `independent`: each item's match does not depend on the others, so a bucket may be run as
    two regexes (the items that can run on a lowercased text, and the rest)."""

    independent: ClassVar[bool] = False

    def __call__(self, alternations: Sequence[str]) -> re.Pattern[str]:
        raise NotImplementedError


class Starts:
    """The regex of the places where an item may start, and its form for lowercased ASCII."""

    __slots__ = ("_any", "_low")

    def __init__(self, regex: str, flags: int = 0, lowered: str | None = None) -> None:
        """`lowered`: the places on a lowercased ASCII text, if narrower than `regex` there."""
        self._any: Final = re.compile(regex, flags)
        self._low: Final = ascii_form(self._any if lowered is None else re.compile(lowered, flags | re.I))

    def scan(self, text: str, low: str | None, lo: int = 0,
             hi: int | None = None) -> Iterator[re.Match[str]]:
        """The places in text[lo:hi]; `low` is `text.lower()` when `text` is ASCII, else None
        (read the matches' positions only)."""
        end = len(text) if hi is None else hi
        if self._low is not None and low is not None:
            return self._low.finditer(low, lo, end)
        return self._any.finditer(text, lo, end)


def ascii_form(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """`regex` for lowercased ASCII text, or None where it tells cases apart (or uses what
    `ascii_lowered` does not handle): the original then runs on the original text."""
    try:
        return ascii_lowered(regex.pattern, regex.flags)
    except ValueError:  # CaseSensitive, or a back-reference or conditional
        return None


def trie(words: Sequence[str], top: bool = True) -> str:
    """A regex for "one of `words` starts here" (sorted, lowercase), shared prefixes factored,
    or "the scanned range ends inside one" (a match may run past it: `first_matches`' `end`;
    the bucket is then looked up on the whole text, as `at` does)."""
    alternatives = []
    for first, group in groupby(words, key=lambda w: w[0]):
        rest = [w[1:] for w in group]
        escaped = re.escape(first)
        alternatives.append(escaped if "" in rest else f"{escaped}(?:{trie(rest, False)})")
    if not top:
        alternatives.append(r"\Z")
    return "|".join(alternatives)


def start_class(entries: Sequence[frozenset[str] | None]) -> str:
    """A lookahead that lets through only the places where some item can start: one of the
    first two characters of its entries, or a non-ASCII character (which the analysis does not
    cover). Empty when some item may start anywhere."""
    seconds: dict[str, set[str]] = defaultdict(set)
    shorts: set[str] = set()
    for found in entries:
        if found is None:
            return ""
        for e in found:
            if len(e) >= 2:
                seconds[e[0]].add(e[1])
            else:
                shorts.add(e)
    parts = [f"{re.escape(a)}[{''.join(re.escape(b) for b in sorted(bs))}]" for a, bs in sorted(seconds.items())]
    firsts = sorted(set(seconds) | shorts)
    parts.append(f"[{''.join(re.escape(c) for c in firsts)}](?:[^\\x00-\\x7f]|$)")
    if shorts:
        parts.append(f"[{''.join(re.escape(c) for c in sorted(shorts))}]")
    return f"(?=(?i:{'|'.join(parts)})|[^\\x00-\\x7f])"


class Lookaheads(Build):
    """Every item tried at the same place: group k+1 holds the k-th item's match, if any."""

    independent: ClassVar[bool] = True

    def __call__(self, alternations: Sequence[str]) -> re.Pattern[str]:
        return re.compile("".join(f"(?:(?=((?:{a})(?!\\w)))|)" for a in alternations), re.I)


class FirstOf(Build):
    """The first item (in order) that matches, then `suffix`: group i<k> names the k-th."""

    def __init__(self, suffix: str = "") -> None:
        self._suffix = suffix

    def __call__(self, alternations: Sequence[str]) -> re.Pattern[str]:
        rx = "|".join(f"(?P<i{k}>{a})" for k, a in enumerate(alternations))
        return re.compile(f"(?:{rx}){self._suffix}", re.I)
