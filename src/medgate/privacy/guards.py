"""First-character dispatch with guards on the next characters, for the PHI engine's combined pass.

At each position where an identifier may start, the engine tries the alternation of the
patterns that can begin with the character there (`regex_starts.first_chars`, case kept): some
twenty alternatives per word, most of them label cues ("patient name:", "MRN", "policy") that
fail only on their second or third letter, after entering their groups (a case-insensitive
alternation cannot skip an alternative on its first letter). Here each alternative is led by a
lookahead on the characters after the first, built from `regex_starts.first_prefixes(regex,
DEPTH)` (lower-cased prefixes, a superset): `(?=(?s:.)(?:[^…]|[aA](?:[^…])|…))`. A guard only
fails where its pattern cannot match, and the alternatives keep their order, so the first match
is the full alternation's first match, groups and all.

The analysis is ASCII only: a guard lets any non-ASCII character through, and a non-ASCII first
character gets the alternation of every pattern, unguarded. Where a match may end early, or go
on with anything (a wide class), the guard stops asking.

There is one alternation per first character (a few dozen distinct ones), compiled when the
engine is built, as before the guards.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from medgate.regex_starts import ASCII, first_chars, first_prefixes

DEPTH: Final = 3  # characters each guard looks at, the first included (3 measured faster than 2)


class GuardedDispatch:
    """For each ASCII character, the guarded alternation of the patterns that can start with it."""

    def __init__(self, parts: Sequence[str], bodies: Sequence[str], also_starting: Sequence[str] = ()) -> None:
        """`parts[k]` is pattern k as it stands in the alternation, `bodies[k]` its regex;
        `also_starting`: the regexes of patterns tried apart whose first characters `start_class`
        holds too."""
        firsts = [first_chars(b) for b in bodies]
        prefixes = [first_prefixes(b, DEPTH) for b in bodies]
        apart = [first_chars(b) for b in also_starting]
        starts = set().union(*(f if f is not None else map(chr, range(ASCII)) for f in [*firsts, *apart]))
        by_source: dict[str, re.Pattern[str]] = {}
        by_char: dict[str, re.Pattern[str]] = {}
        for ch in sorted(starts):
            source = "|".join(
                guard(prefixes[k], ch) + parts[k] for k, f in enumerate(firsts) if f is None or ch in f
            )
            if not source:
                source = "(?!)"  # (only a pattern tried apart starts with it)
            if source not in by_source:
                by_source[source] = re.compile(source)
            by_char[ch] = by_source[source]
        self.by_char: Final = by_char  # read-only after construction
        self.start_class: Final = "".join(sorted(re.escape(ch) for ch in starts))


def guard(prefixes: frozenset[str] | None, first: str) -> str:
    """A lookahead that lets through only what a pattern can have after `first` (any non-ASCII
    character too); "" where a match may stop after `first` or go on with anything (or the
    analysis gave up)."""
    if prefixes is None:
        return ""
    rest = {p[1:] for p in prefixes if p[0] == first.lower()}
    return "" if "" in rest else f"(?=(?s:.){_after(rest)})"


def _after(rest: set[str]) -> str:
    """A test of the next characters against lower-cased suffixes, none of them empty: a suffix's
    first character (either case, or any non-ASCII one) and, unless the suffix stops there, what
    follows it."""
    firsts = {s[0] for s in rest}
    done = {c for c in firsts if c in rest}  # a suffix that stops here: any continuation
    deeper = sorted(c for c in firsts if c not in done)
    barred = [c for c in range(ASCII) if chr(c).lower() not in done]
    alts = [f"[^{_ranges(barred)}]" if barred else "(?s:.)"]
    for c in deeper:
        cases = "".join(sorted({f"\\x{ord(c):02x}", f"\\x{ord(c.upper()):02x}"}))
        alts.append(f"[{cases}]{_after({s[1:] for s in rest if s[0] == c})}")
    return f"(?:{'|'.join(alts)})"


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
