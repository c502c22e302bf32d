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


# -- two characters deep: the red-flag screen's second-level dispatch ---------------------------

PAIR_LIMIT: Final = 4096  # more possible prefixes than this: treat the regex as "any start"
WIDE_CLASS: Final = 12  # a class of more (lowercased) characters ends a prefix: anything may follow
_Prefixes = set[tuple[str, bool]]  # (lowercased prefix, open: later items may extend it)


def first_pairs(regex: str) -> frozenset[str] | None:
    """`first_prefixes(regex, 2)`."""
    return first_prefixes(regex, 2)


def first_prefixes(regex: str, k: int) -> frozenset[str] | None:
    """The lowercased k-character prefixes a match of `regex` can start with ("abc"), plus
    shorter entries ("ab") for a match that can end after them; None when a match can be
    empty, or the walk cannot tell, or there are more than PAIR_LIMIT prefixes.

    ASCII only, as `first_chars`: a caller must try every pattern with a given start when the
    character after it is not ASCII. Lowercasing merges cases, which only widens the set (the
    patterns themselves still decide), so it stays a superset for any case flags."""
    parsed = _parser.parse(regex)
    found = _prefixes(parsed, int(parsed.state.flags), k)
    if found is None:
        return None
    out: set[str] = set()
    for prefix, _open in found:
        if not prefix:
            return None
        out.add(prefix)
    return frozenset(out)


def _prefixes(items: Iterable[Any], flags: int, k: int) -> _Prefixes | None:
    """Prefixes of up to k characters of what `items` (a sequence) can match."""
    current: _Prefixes = {("", True)}
    for op, av in items:
        if all(len(p) >= k or not is_open for p, is_open in current):
            break  # nothing left to extend
        ext = _item_prefixes(op, av, flags, k)
        if ext is None:
            return None
        current = _concat(current, ext, k)
        if len(current) > PAIR_LIMIT:
            return None
    return current


def _concat(left: _Prefixes, right: _Prefixes, k: int) -> _Prefixes:
    out: _Prefixes = set()
    for p, is_open in left:
        if len(p) >= k or not is_open:
            out.add((p, False))
            continue
        for q, q_open in right:
            joined = p + q
            out.add((joined[:k], False) if len(joined) >= k else (joined, q_open))
    return out


def _item_prefixes(op: Any, av: Any, flags: int, k: int) -> _Prefixes | None:
    if op in _ZERO_WIDTH:
        return {("", True)}
    if op in _ATOMS:
        chars = {chr(c).lower() for c in _atom_codes(op, av, flags)}
        if len(chars) > WIDE_CLASS:
            return {("", False)}  # \w, [a-z]...: stop here, any character may follow
        return {(c, True) for c in chars}
    if op is _c.SUBPATTERN:
        _group, add, remove, sub = av
        return _prefixes(sub, (flags | add) & ~remove, k)
    if op is _c.ATOMIC_GROUP:
        return _prefixes(av, flags, k)
    if op is _c.BRANCH:
        out: _Prefixes = set()
        for alt in av[1]:
            found = _prefixes(alt, flags, k)
            if found is None:
                return None
            out |= found
        return out
    if op in _REPEATS:
        low, high, sub = av
        one = _prefixes(sub, flags, k)
        if one is None:
            return None
        # Each repetition adds zero or more characters, so k repetitions reach every prefix of
        # length k; mandatory ones beyond k only shorten the set of open prefixes (a superset).
        result: _Prefixes = set()
        reps: _Prefixes = {("", True)}
        for n in range(min(high, k) + 1):
            if n >= min(low, k):
                result |= reps
            reps = _concat(reps, one, k)
        return result
    return None  # back-references, conditionals: no cheap answer


# -- a pattern's top-level branches: dispatch files each branch on its own ------------------------

def branches(regex: str) -> list[str]:
    """`regex` split at its top-level "|", or whole when it has capturing groups (a caller reads
    them by name) or when a part does not parse on its own (the split is then not exact)."""
    parts: list[str] = []
    depth, start, i, n = 0, 0, 0, len(regex)
    while i < n:
        c = regex[i]
        if c == "\\":
            i += 1
        elif c == "[":  # a class runs to the first "]" that is not its first character
            i += 2 if regex.startswith("[^", i) else 1
            i += 1 if regex[i : i + 1] == "]" else 0
            while i < n and regex[i] != "]":
                i += 2 if regex[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(regex[start:i])
            start = i + 1
        i += 1
    parts.append(regex[start:])
    if len(parts) == 1 or re.compile(regex).groups or _GLOBAL_FLAGS.match(regex):
        return [regex]
    try:
        for part in parts:
            re.compile(part)
    except re.error:  # unbalanced: not a top-level split after all
        return [regex]
    return parts


_GLOBAL_FLAGS: Final = re.compile(r"\(\?[aiLmsux-]+\)")  # a global inline flag applies to every branch
