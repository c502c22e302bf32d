"""Case-insensitive word alternations that a scan can skip to.

`(?i)\b(?:pager|pgr|page|...)` has no first character the regex engine can look for: a
`finditer` over it tries the whole pattern at every position of the text. `word_start(words)`
writes the same alternation led by a case-sensitive class of the words' first letters (both
cases, and the non-ASCII letters that match them under IGNORECASE), so the engine skips to those
letters; a lookbehind then checks the word boundary and which first letter it read, and the rest
of each word follows, case-insensitive. At any position only words with the letter there can
match, and they keep their order, so the matches are the original's, group for group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from types import MappingProxyType
from typing import Final

# ASCII letters that other characters match under IGNORECASE (CPython's special folds)
FOLDS: Final = MappingProxyType({"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"})


def word_start(words: Sequence[str]) -> str:
    """The regex `(?i:\\b(?:w1|w2|…))` for plain words that start with an ASCII letter, written
    to start with a character class (no flags outside it: wrap it, not the other way round)."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        first = w[:1].lower()
        if not (first.isascii() and first.isalpha()):
            raise ValueError(f"{w!r} does not start with an ASCII letter")
        by_first.setdefault(first, []).append(re.escape(w[1:]))
    letters = "".join(f"{c}{c.upper()}{FOLDS.get(c, '')}" for c in by_first)
    alts = "|".join(f"(?<={c})(?:{'|'.join(rests)})" for c, rests in by_first.items())
    return f"[{letters}](?<!\\w[{letters}])(?i:{alts})"


def led(alternatives: Sequence[str], before: str = r"(?<!\w)") -> str:
    """`before(?:a1|a2|…)` for case-sensitive regex alternatives that each start with a plain
    character, written to start with the class of those characters, which the regex engine skips
    to. `before` (a zero-width test, by default "no word character before") is read at the first
    character's position. At each position only the alternatives that begin with the character
    there are tried, in their order, so the matches are the original's."""
    by_first: dict[str, list[str]] = {}
    for a in alternatives:
        if not a or a[0] in "\\[](){}.^$*+?|":
            raise ValueError(f"{a!r} does not start with a plain character")
        by_first.setdefault(a[0], []).append(a[1:])
    rests = "|".join(f"(?<={re.escape(c)})(?:{'|'.join(r)})" for c, r in by_first.items())
    return f"[{''.join(map(re.escape, by_first))}](?<={before}.)(?:{rests})"


def word_led(alternatives: Sequence[str], before: str = "") -> str:
    """`word_start` for regex alternatives ("discussed[ \\t]+with", "ok[ \\t]+per"): each starts
    with a plain ASCII letter, and the rest of it is a regex, read case-insensitively. `before`, if
    given, is a zero-width test read at the first letter's position in place of the word boundary
    (`(?<![\\w.])`: no word character nor dot before)."""
    by_first: dict[str, list[str]] = {}
    for a in alternatives:
        first = a[:1].lower()
        if not (first.isascii() and first.isalpha()):
            raise ValueError(f"{a!r} does not start with an ASCII letter")
        by_first.setdefault(first, []).append(a[1:])
    letters = "".join(f"{c}{c.upper()}{FOLDS.get(c, '')}" for c in by_first)
    alts = "|".join(f"(?<={c})(?:{'|'.join(rests)})" for c, rests in by_first.items())
    edge = f"(?<={before}.)" if before else f"(?<!\\w[{letters}])"
    return f"[{letters}]{edge}(?i:{alts})"


# the characters IGNORECASE matches to an ASCII letter that str.lower() does not turn into it
_FOLDED_APART: Final = "\u0130\u0131\u017f"


def may_hold(text: str, low: str, words: Sequence[str]) -> bool:
    """False only where no case-insensitive match of any of the lower-case words can be in the
    text (`low` is text.lower()): a cheap test before a scan whose every match holds one."""
    if not text.isascii() and any(c in text for c in _FOLDED_APART):
        return True
    return any(w in low for w in words)


def heads(alternatives: Sequence[str]) -> tuple[str, ...]:
    """The lower-case literal each of `word_start`/`word_led`'s words or alternatives begins with
    (up to its first regex syntax, less a character made optional, and ASCII only): every match
    of the scan begins with one of them, as lower-casing the text spells it."""
    out: list[str] = []
    for a in alternatives:
        head = ""
        for c in a:
            if c in "\\[](){}.^$*+?|" or not c.isascii():
                if c in "?*{":
                    head = head[:-1]  # ("works?": the "s" may be missing)
                break
            head += c
        if not head:
            raise ValueError(f"{a!r} does not begin with a plain ASCII character")
        out.append(head.lower())
    return tuple(dict.fromkeys(out))


def cue_finditer(rx: re.Pattern[str], text: str, low: str, starts: Sequence[str], *, edge: bool = True) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)` for a scan whose every match begins with one of the lower-case `starts`
    (`heads`): the pattern is tried only where `str.find` sees one in `low` (text.lower()), not at
    every letter the regex engine would stop at. Each try is the one `finditer` makes at that
    position (lookbehinds read the text before it), a position inside an earlier match is passed
    over as `finditer` passes it, so the matches are `finditer`'s, in order. `edge`: every match
    begins a word (the words' default edge), so a start after a letter or digit is not tried. Where
    lower-casing does not keep each character in its place, or where IGNORECASE matches a
    character that lower-casing does not give back, it is `finditer` itself."""
    if len(low) != len(text) or (not text.isascii() and any(c in text for c in _FOLDED_APART)):
        yield from rx.finditer(text)
        return
    at: set[int] = set()
    for s in starts:
        i = low.find(s)
        while i >= 0:
            if not (edge and i and text[i - 1].isalnum()):
                at.add(i)
            i = low.find(s, i + 1)
    end = 0
    for i in sorted(at):
        if i < end:
            continue
        m = rx.match(text, i)
        if m is not None:
            yield m
            end = max(m.end(), i + 1)


def any_of(words: Iterable[str]) -> re.Pattern[str]:
    """One search that finds a text holding any of the literal `words` (as written, case and all):
    `any_of(words).search(text) is not None` is `any(w in text for w in words)`. A gate of many
    words is cheaper so: one pass over the text, not one `in` per word."""
    return re.compile("|".join(map(re.escape, words)))

