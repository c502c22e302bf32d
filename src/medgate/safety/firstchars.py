"""Which characters can begin a match of a regex: lets the screener try, at each word start, only
the concepts that could start there (exact: the sets are computed from the parsed pattern and are
supersets; anything we cannot analyse counts as "could start anywhere")."""

from __future__ import annotations

import re
import warnings
from typing import Any, Final

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as c  # stdlib's regex parser: deprecated names, stable since 3.x
    import sre_parse


DIGITS: Final = "0123456789"


def first_chars(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    r"""Lower-cased characters a match can start with, or None when any character could.

    `\d` counts as the ASCII digits: a caller must look up any other Unicode decimal digit
    (which `\d` also matches) as "0".
    """
    found = _first(sre_parse.parse(pattern, flags))
    return frozenset(found) if found is not None else None


def _first(items: Any) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av).lower())
            return out
        if op is c.IN:
            for sub_op, sub_av in av:
                if sub_op is c.LITERAL:
                    out.add(chr(sub_av).lower())
                elif sub_op is c.RANGE:
                    out.update(chr(ch).lower() for ch in range(sub_av[0], sub_av[1] + 1))
                elif sub_op is c.CATEGORY and sub_av is c.CATEGORY_DIGIT:
                    out.update(DIGITS)  # \d; callers look other decimal digits up as "0"
                else:  # other categories (\w, \s), negation: give up
                    return None
            return out
        if op is c.BRANCH:
            for branch in av[1]:
                sub = _first(branch)
                if sub is None:
                    return None
                out |= sub
            return out
        if op is c.SUBPATTERN:
            sub = _first(av[-1])
            if sub is None:
                return None
            out |= sub
            return out
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, _high, item = av
            sub = _first(item)
            if sub is None:
                return None
            out |= sub
            if low > 0:
                return out
            continue  # optional item: the rest of the pattern may start the match too
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: does not consume the first character
        return None
    return None  # the pattern can match the empty string
