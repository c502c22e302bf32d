"""First-character dispatch with a second-character guard, for the PHI engine's combined pass.

At each position where an identifier may start, the engine tries the alternation of the
patterns that can begin with the character there (`regex_starts.first_chars`, case kept): some
twenty alternatives per word, most of them label cues ("patient name:", "MRN", "policy") that
fail only on their second letter, after entering their groups. Here each alternative of a
character's alternation is led by a lookahead on the character after it, built from
`regex_starts.first_prefixes(regex, 2)` (lower-cased, a superset): `(?=(?s:.)[aAtT…])`. A guard
only fails where its pattern cannot match, and the alternatives keep their order, so the first
match is the full alternation's first match, groups and all.

The analysis is ASCII only: a guard lets any non-ASCII second character through, and a non-ASCII
first character gets the alternation of every pattern, unguarded. A pattern whose match can end
after one character, or whose second character may be anything, gets no guard.

There is one alternation per first character (a few dozen distinct ones), compiled when the
engine is built, as before the guards.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from medgate.regex_starts import ASCII, first_chars, first_prefixes


class PairDispatch:
    """For each ASCII character, the guarded alternation of the patterns that can start with it."""

    def __init__(self, parts: Sequence[str], bodies: Sequence[str]) -> None:
        """`parts[k]` is pattern k as it stands in the alternation, `bodies[k]` its regex."""
        firsts = [first_chars(b) for b in bodies]
        pairs = [first_prefixes(b, 2) for b in bodies]
        starts = set().union(*(f if f is not None else map(chr, range(ASCII)) for f in firsts))
        by_source: dict[str, re.Pattern[str]] = {}
        by_char: dict[str, re.Pattern[str]] = {}
        for ch in sorted(starts):
            source = "|".join(
                guard(pairs[k], ch) + parts[k]
                for k, f in enumerate(firsts)
                if f is None or ch in f
            )
            if source not in by_source:
                by_source[source] = re.compile(source)
            by_char[ch] = by_source[source]
        self.by_char: Final = by_char  # read-only after construction
        self.start_class: Final = "".join(sorted(re.escape(ch) for ch in starts))


def guard(pairs: frozenset[str] | None, first: str) -> str:
    """A lookahead that lets through only the second characters a pattern can have after
    `first` (any non-ASCII one too); "" where a match may stop after one character or go on with
    anything (or the analysis gave up)."""
    if pairs is None:
        return ""
    seconds: set[str] = set()
    for p in pairs:
        if p[0] != first.lower():
            continue
        if len(p) == 1:
            return ""
        seconds.update((p[1], p[1].upper()))
    # the ASCII characters that cannot follow, negated: any other character, non-ASCII ones too
    barred = [c for c in range(ASCII) if chr(c) not in seconds]
    return f"(?=(?s:.)[^{_ranges(barred)}])" if barred else ""


def _ranges(codes: Iterable[int]) -> str:
    """A character class body for these codes, as \\xNN ranges."""
    out: list[str] = []
    run: list[int] = []
    for c in [*codes, -2]:
        if run and c != run[-1] + 1:
            a, b = run[0], run[-1]
            out.append(f"\\x{a:02x}" if a == b else f"\\x{a:02x}-\\x{b:02x}")
            run = []
        run.append(c)
    return "".join(out)
