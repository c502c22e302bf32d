"""Prefix dispatch for large sets of case-insensitive regexes (the screen's hot path).

Python's `re` tries the alternatives of an alternation one after another at every position, so
a set of a hundred patterns costs a hundred attempts per word. `PrefixIndex` groups each item's
patterns by the first k characters they can start with (`regex_starts.first_prefixes`,
lowercased) and holds one regex per prefix with only the items that can start there; a scan asks
`at(text, pos)` for the bucket of the characters at `pos`. The sets are exact supersets, so a
bucket finds what trying every item would (the screen's tests check this against a brute-force
scan). What a bucket regex looks like is the caller's choice (`build`).

Buckets are compiled the first time a text needs them (there are hundreds, a process meets a
fraction of them), which keeps building the screen about as cheap as with one-character
dispatch. The memo is per bucket and only ever holds what eager compilation would have made,
so concurrent first uses at worst compile one bucket twice.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Final

from medgate.regex_starts import ASCII, first_prefixes

Bucket = tuple[re.Pattern[str], tuple[int, ...]]  # (compiled regex, item index per position)
_Spec = tuple[tuple[int, str], ...]  # (item, alternation of its patterns kept) in item order
PREFIX: Final = 3  # characters of dispatch


class Build:
    """How a bucket's regex is made from its items' alternations (in item order)."""

    def __call__(self, alternations: Sequence[str]) -> re.Pattern[str]:
        raise NotImplementedError


class _Lazy:
    """One bucket: which items and alternations it holds; compiled on first use."""

    __slots__ = ("_build", "_compiled", "_spec")

    def __init__(self, spec: _Spec, build: Build) -> None:
        self._spec = spec
        self._build = build
        self._compiled: Bucket | None = None

    @property
    def items(self) -> tuple[int, ...]:
        return tuple(i for i, _ in self._spec)

    def get(self) -> Bucket:
        if self._compiled is None:
            self._compiled = (self._build([a for _, a in self._spec]), self.items)
        return self._compiled


class PrefixIndex:
    """Items (each a list of regex alternatives) bucketed by the characters they start with."""

    def __init__(self, items: Sequence[Sequence[str]], build: Build, k: int = PREFIX) -> None:
        self._k = k
        pats = [(i, j, p, first_prefixes(f"(?i:{p})", k))
                for i, alts in enumerate(items) for j, p in enumerate(alts)]
        text = {(i, j): p for i, j, p, _ in pats}
        anywhere = {(i, j) for i, j, _, e in pats if e is None}
        whole: dict[str, set[tuple[int, int]]] = defaultdict(set)  # k characters, or a match's end
        under: dict[str, set[tuple[int, int]]] = defaultdict(set)  # entries below a prefix
        for i, j, _, entries in pats:
            for e in entries or ():
                whole[e].add((i, j))
                for n in range(1, len(e) + 1):
                    under[e[:n]].add((i, j))
        shared: dict[_Spec, _Lazy] = {}

        def bucket(members: set[tuple[int, int]]) -> _Lazy | None:
            by_item: dict[int, list[str]] = defaultdict(list)
            for i, j in sorted(members):
                by_item[i].append(f"(?:{text[(i, j)]})")
            spec = tuple((i, "|".join(alts)) for i, alts in sorted(by_item.items()))
            if not spec:
                return None
            if spec not in shared:
                shared[spec] = _Lazy(spec, build)
            return shared[spec]

        def ending(prefix: str) -> set[tuple[int, int]]:
            """Patterns whose match can end within `prefix` (an entry shorter than k)."""
            out = set(anywhere)
            for n in range(1, len(prefix) + 1):
                if n < k:
                    out |= whole.get(prefix[:n], set())
            return out

        self._nodes = frozenset(under)  # every prefix some entry starts with
        self._exact = {p: b for p in under if len(p) == k if (b := bucket(ending(p) | whole[p]))}
        self._other = {p: b for p in under if len(p) < k if (b := bucket(ending(p)))}
        self._first = {p: b for p in under if len(p) < k if (b := bucket(ending(p) | under[p]))}
        self._unknown = bucket(set(anywhere))  # a first character no entry starts with
        self._non_ascii = bucket({(i, j) for i, j, _, _ in pats})  # the analysis is ASCII only
        self.buckets = len(shared)
        self._flat = self._exact  # the common case: k ASCII characters that start some entry
        self.start_class: Final = _start_class([e for _i, _j, _p, e in pats])

    def at(self, text: str, pos: int) -> Bucket | None:
        """The bucket for the characters at `pos` (None: no item can start there)."""
        key = text[pos : pos + self._k]
        if key.isascii():
            lazy = self._flat.get(key.lower())
            if lazy is not None:
                return lazy.get()
        return self._walk(text, pos)

    def first_matches(
        self, starts: re.Pattern[str], text: str, lo: int, hi: int, end: int | None = None
    ) -> list[tuple[re.Match[str], int]]:
        """With a `FirstOf` build: (match, item) for each leftmost, non-overlapping match that
        starts in text[lo:hi] and ends by `end` (default `hi`), trying items only where `starts`
        (the start class) allows one to begin."""
        stop = hi if end is None else end
        out: list[tuple[re.Match[str], int]] = []
        after = lo
        for m in starts.finditer(text, lo, hi):
            pos = m.start()
            if pos < after:
                continue
            bucket = self.at(text, pos)
            if bucket is None:
                continue
            regex, items = bucket
            hit = regex.match(text, pos, stop)
            if hit is None or hit.lastgroup is None:
                continue
            out.append((hit, items[int(hit.lastgroup[1:])]))
            after = hit.end()
        return out

    def _walk(self, text: str, pos: int) -> Bucket | None:
        prefix = ""
        nodes = self._nodes
        for n in range(self._k):
            c = text[pos + n : pos + n + 1]
            if not c:  # the text ends: patterns that can end within the prefix
                lazy = self._other.get(prefix) if prefix else None
                break
            if ord(c) >= ASCII:
                lazy = self._first.get(prefix) if prefix else self._non_ascii
                break
            step = prefix + c.lower()
            if step not in nodes:
                lazy = self._other.get(prefix) if prefix else self._unknown
                break
            prefix = step
        else:
            lazy = self._exact.get(prefix)
        return lazy.get() if lazy is not None else None


def _start_class(entries: Sequence[frozenset[str] | None]) -> str:
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

    def __call__(self, alternations: Sequence[str]) -> re.Pattern[str]:
        return re.compile("".join(f"(?:(?=((?:{a})(?!\\w)))|)" for a in alternations), re.I)


class FirstOf(Build):
    """The first item (in order) that matches, then `suffix`: group i<k> names the k-th."""

    def __init__(self, suffix: str = "") -> None:
        self._suffix = suffix

    def __call__(self, alternations: Sequence[str]) -> re.Pattern[str]:
        rx = "|".join(f"(?P<i{k}>{a})" for k, a in enumerate(alternations))
        return re.compile(f"(?:{rx}){self._suffix}", re.I)
