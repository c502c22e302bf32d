"""A case-insensitive regex recompiled to run on the lowercase of an ASCII text.

CPython's `re` compares a case-insensitive literal through a Unicode case lookup per character
and enters every case-insensitive alternative of a branch, where a plain literal is one
comparison and a failing alternative that starts with one is skipped at once. The screen's
bucket regexes are long case-insensitive alternations; matched against `text.lower()` in the
form `ascii_lowered` gives them, they take about a third less time.

The rewrite is item by item: each consuming item (a literal, a class, a negated literal, `.`)
becomes the set of ASCII characters other than uppercase letters that it accepts, asked of the
engine itself (as `regex_starts` does), and IGNORECASE is dropped. That is exact when the text
is ASCII (lowering it then keeps every position, and the engine's Unicode case rules, such as
"k" also accepting the Kelvin sign, have nothing to act on) and when every item accepts both
cases of a letter or neither: true of any item under IGNORECASE and checked for the others, so
a pattern that tells cases apart ("(?-i:CP)") raises `CaseSensitive` and keeps its original
form. A match of the rewrite on `text.lower()` then has the same start, end and group spans as
the original's on `text`; tests/test_regex_ascii.py compares them.
"""

from __future__ import annotations

import re
import re._compiler as _compiler  # CPython's own parser and compiler (3.11+); no public API
import re._constants as _c
import re._parser as _parser
from typing import Any, Final

from medgate.regex_starts import ASCII

_ATOMS: Final = (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY)
_REPEATS: Final = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_Memo = dict[tuple[Any, Any, int], tuple[Any, Any]]


class CaseSensitive(ValueError):
    """The regex tells upper from lower case somewhere: it cannot run on a lowercased text."""


def ascii_lowered(regex: str, flags: int = 0) -> re.Pattern[str]:
    """A case-sensitive regex that matches `text.lower()` of an ASCII `text` exactly where
    `re.compile(regex, flags)` matches `text` (the same spans), made of plain literals where
    the original has case-insensitive ones.

    Raises CaseSensitive when an item tells cases apart ("(?-i:CP)"), and ValueError for what
    it does not handle (a back-reference, a conditional): callers keep the original then."""
    parsed = _parser.parse(regex, flags)
    state_flags = int(parsed.state.flags)
    _fold(parsed, state_flags, {})
    parsed.state.flags = state_flags & ~re.IGNORECASE
    return _compiler.compile(parsed, flags & ~re.IGNORECASE)  # type: ignore[no-any-return]


def _fold(items: Any, flags: int, memo: _Memo) -> None:
    """Rewrite `items` (a parsed sequence) in place; `memo` keeps each distinct item's set."""
    for i, (op, av) in enumerate(items):
        if op in _ATOMS:
            key = (op, _hashable(av), flags)
            if key not in memo:
                memo[key] = _lowercase_set(*key)
            items[i] = memo[key]
        elif op is _c.SUBPATTERN:
            group, add, remove, sub = av
            _fold(sub, (flags | add) & ~remove, memo)
            items[i] = (op, (group, add & ~re.IGNORECASE, remove, sub))
        elif op is _c.BRANCH:
            for alt in av[1]:
                _fold(alt, flags, memo)
        elif op in _REPEATS:
            _fold(av[2], flags, memo)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            _fold(av[1], flags, memo)
        elif op is _c.ATOMIC_GROUP:
            _fold(av, flags, memo)
        elif op is not _c.AT:  # \b, ^, $: word and line ends are the same in the lowercase
            raise ValueError(f"ascii_lowered: unsupported regex item {op}")


def _hashable(av: Any) -> Any:
    if isinstance(av, (list, tuple)):
        return tuple(_hashable(a) for a in av)
    return av


def _lowercase_set(op: Any, av: Any, flags: int) -> tuple[Any, Any]:
    """One consuming item as the ASCII characters other than uppercase letters that it accepts
    under `flags`: a literal when there is one, else a set (empty: it accepts none of them)."""
    state = _parser.State()
    state.flags = flags
    item = list(av) if op is _c.IN else av
    rx: re.Pattern[str] = _compiler.compile(_parser.SubPattern(state, [(op, item)]), flags)
    accepted = {chr(c) for c in range(ASCII) if rx.match(chr(c))}
    if any((c in accepted) != (c.swapcase() in accepted) for c in map(chr, range(ASCII))):
        raise CaseSensitive(f"ascii_lowered: {op} {av!r} tells upper from lower case")
    codes = sorted(ord(c) for c in accepted if not c.isupper())
    if len(codes) == 1:
        return (_c.LITERAL, codes[0])
    return (_c.IN, [(_c.LITERAL, c) for c in codes])
