"""Which ASCII characters can start a match of a regex, read from the parsed pattern (shared by
the PHI engine and the red-flag screen).

The engine uses it to try, at each position, only the patterns that can begin with the character
there (a first-character dispatch) instead of every alternative of the combined regex. The answer
is a superset: anything the walk cannot reason about counts as "may start with any character".
"""

from __future__ import annotations

import re
import re._compiler as _compiler  # CPython's own parser and compiler (3.11+); no public API
import re._constants as _c
import re._parser as _parser
from collections.abc import Iterable
from typing import Any, Final

ASCII: Final = 128
_ZERO_WIDTH: Final = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_ATOMS: Final = (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY)
_REPEATS: Final = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


def first_chars(regex: str) -> frozenset[str] | None:
    """The ASCII characters that can start a match of `regex`, or None when it may start with
    any character (including when it can match the empty string). Non-ASCII starts are not
    covered: callers must try every pattern at a non-ASCII character."""
    parsed = _parser.parse(regex)
    codes, nullable = _first(parsed, int(parsed.state.flags))
    if codes is None or nullable:
        return None
    return frozenset(chr(c) for c in codes)


def _first(items: Iterable[Any], flags: int) -> tuple[set[int] | None, bool]:
    """(possible first codes or None for any, whether the sequence can match empty)."""
    out: set[int] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op in _ATOMS:
            out |= _atom_codes(op, av, flags)
            return out, False
        if op is _c.SUBPATTERN:
            _group, add, remove, sub = av
            codes, nullable = _first(sub, (flags | add) & ~remove)
        elif op is _c.ATOMIC_GROUP:
            codes, nullable = _first(av, flags)
        elif op is _c.BRANCH:
            codes, nullable = set(), False
            for alt in av[1]:
                alt_codes, alt_nullable = _first(alt, flags)
                if alt_codes is None:
                    return None, False
                codes |= alt_codes
                nullable = nullable or alt_nullable
        elif op in _REPEATS:
            low, _high, sub = av
            codes, nullable = _first(sub, flags)
            nullable = nullable or low == 0
        else:  # back-references, conditionals: no cheap answer
            return None, False
        if codes is None:
            return None, False
        out |= codes
        if not nullable:
            return out, False
    return out, True


def _atom_codes(op: Any, av: Any, flags: int) -> set[int]:
    """ASCII codes one consuming item accepts, asked of the regex engine itself (so case folding
    and categories behave exactly as in the real pattern)."""
    state = _parser.State()
    state.flags = flags
    rx: re.Pattern[str] = _compiler.compile(_parser.SubPattern(state, [(op, av)]), flags)
    return {c for c in range(ASCII) if rx.match(chr(c))}
