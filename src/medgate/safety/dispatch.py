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

Each pattern is split at its top-level "|" first (`regex_starts.branches`), so a bucket holds
only the branches that can start with its characters, not every branch of a pattern one of
whose branches can.

On an ASCII text (nearly every message) a scan whose caller reads only where matches are
(`positions_only`) runs each bucket's regex as `regex_ascii.ascii_lowered` made it, on the
text lowercased once: the same spans in about a third less time. The items of a bucket that
tell cases apart ("(?-i:CP)") keep their regex and the original text. The places tried there
are exactly those where some entry starts (one factored regex of all entries), so no place is
looked up for nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Final

from medgate.regex_starts import ASCII, branches, first_prefixes
from medgate.safety.dispatch_regex import Build, Starts, ascii_form, start_class, trie

Bucket = tuple[re.Pattern[str], tuple[int, ...]]  # (compiled regex, item index per position)
# for an ASCII text: (regex, items, True: match it against the lowercased text), one per part
AsciiPart = tuple[re.Pattern[str], tuple[int, ...], bool]
AsciiBucket = tuple[AsciiPart, ...]
_Spec = tuple[tuple[int, str], ...]  # (item, alternation of its patterns kept) in item order
PREFIX: Final = 3  # characters of dispatch


class Unset:
    """The type of `UNSET`: `first_matches` lowers the text itself."""


UNSET: Final = Unset()


class _Lazy:
    """One bucket: which items and alternations it holds; compiled on first use."""

    __slots__ = ("_ascii", "_build", "_compiled", "_spec")

    def __init__(self, spec: _Spec, build: Build) -> None:
        self._spec = spec
        self._build = build
        self._compiled: Bucket | None = None
        self._ascii: AsciiBucket | None = None

    @property
    def items(self) -> tuple[int, ...]:
        return tuple(i for i, _ in self._spec)

    def get(self) -> Bucket:
        if self._compiled is None:
            self._compiled = (self._build([a for _, a in self._spec]), self.items)
        return self._compiled

    def get_ascii(self) -> AsciiBucket:
        """The bucket for an ASCII text: its regex for the lowercased text when it has one;
        with independent items, that of the items that have one and the others' regex."""
        if self._ascii is None:
            regex, items = self.get()
            lowered = ascii_form(regex)
            if lowered is not None:
                self._ascii = ((lowered, items, True),)
            elif self._build.independent:
                self._ascii = self._split()
            else:
                self._ascii = ((regex, items, False),)
        return self._ascii

    def _split(self) -> AsciiBucket:
        lowers = [(i, a) for i, a in self._spec if ascii_form(re.compile(a, re.I)) is not None]
        others = [(i, a) for i, a in self._spec if (i, a) not in lowers]
        low = ascii_form(self._build([a for _, a in lowers])) if lowers else None
        if low is None:
            return ((self.get()[0], self.items, False),)
        return ((low, tuple(i for i, _ in lowers), True),
                (self._build([a for _, a in others]), tuple(i for i, _ in others), False))


class PrefixIndex:
    """Items (each a list of regex alternatives) bucketed by the characters they start with."""

    def __init__(self, items: Sequence[Sequence[str]], build: Build, k: int = PREFIX, *,
                 positions_only: bool = False) -> None:
        """`positions_only`: the caller reads where matches are, never their text, so on an
        ASCII text the buckets may run on its lowercase (`at_ascii`)."""
        self._k = k
        self._positions_only = positions_only
        # each alternative split at its top-level "|" (in order: the first that matches still
        # wins), so a bucket holds only the branches that can start with its characters
        pats = [(i, j, p, first_prefixes(f"(?i:{p})", k))
                for i, alts in enumerate(items)
                for j, p in enumerate(b for alt in alts for b in branches(alt))]
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
        # the compiled ASCII bucket of each key of `_flat` met so far (a memo, like `_Lazy`'s)
        self._ascii_flat: dict[str, AsciiBucket] = {}
        self.start_class: Final = start_class([e for _i, _j, _p, e in pats])
        # on a lowercased ASCII text, exactly the places where some entry starts (`at_ascii`
        # finds a bucket there and nowhere else); None when some item may start anywhere
        self._entry_class = None if anywhere else f"(?={trie(sorted(whole))})"

    def at(self, text: str, pos: int) -> Bucket | None:
        """The bucket for the characters at `pos` (None: no item can start there)."""
        key = text[pos : pos + self._k]
        if key.isascii():
            lazy = self._flat.get(key.lower())
            if lazy is not None:
                return lazy.get()
        lazy = self._walk(text, pos)
        return lazy.get() if lazy is not None else None

    def at_ascii(self, text: str, low: str, pos: int) -> AsciiBucket | None:
        """`at` for an ASCII `text` (`low` is its lowercase) of an index made with
        `positions_only`: the regex may be the one for `low` (the third field says)."""
        key = low[pos : pos + self._k]
        found = self._ascii_flat.get(key)
        if found is not None:
            return found
        lazy = self._flat.get(key) or self._walk(text, pos)
        if lazy is None:
            return None
        # on an ASCII text the bucket depends on `key` alone (its end included): a memo of at
        # most the entries and the keys that extend a shorter entry by a character or two
        found = self._ascii_flat[key] = lazy.get_ascii()
        return found

    def every_match(self, starts: Starts, text: str) -> list[tuple[int, int, int]]:
        """With a `Lookaheads` build and `positions_only`: (start, end, item) for every item that
        matches where `starts` allows one to begin, by start and then item."""
        if not text.isascii():
            return self._every_match_any(starts, text)
        out: list[tuple[int, int, int]] = []
        low = text.lower()
        memo, k = self._ascii_flat, self._k
        for m in starts.scan(text, low):
            pos = m.start()
            found = memo.get(low[pos : pos + k]) or self.at_ascii(text, low, pos)
            if found is None:
                continue
            if len(found) == 1:
                regex, items, on_low = found[0]
                hit = regex.match(low if on_low else text, pos)
                if hit is not None and hit.lastindex is not None:
                    _collect(hit, items, pos, out)
                continue
            # items that tell cases apart run apart: merged in item order when both parts match
            here: list[tuple[int, int, int]] = []
            for regex, items, on_low in found:
                hit = regex.match(low if on_low else text, pos)
                if hit is not None and hit.lastindex is not None:
                    if here:
                        _collect(hit, items, pos, here)
                        here.sort(key=_item)
                    else:
                        _collect(hit, items, pos, here)
            out += here
        return out

    def _every_match_any(self, starts: Starts, text: str) -> list[tuple[int, int, int]]:
        """`every_match` for a text that is not ASCII: each bucket's regex on the text itself."""
        out: list[tuple[int, int, int]] = []
        for m in starts.scan(text, None):
            pos = m.start()
            bucket = self.at(text, pos)
            if bucket is None:
                continue
            regex, items = bucket
            hit = regex.match(text, pos)
            if hit is not None and hit.lastindex is not None:
                _collect(hit, items, pos, out)
        return out

    def starts(self, before: str = "", flags: int = 0) -> Starts:
        """The places a scan tries: `before` (a look-behind, say) and then the start class; on
        a lowercased ASCII text, `before` and then an entry."""
        low = None if self._entry_class is None else f"{before}{self._entry_class}"
        return Starts(f"{before}{self.start_class}", flags, low)

    def first_matches(
        self, starts: Starts, text: str, lo: int, hi: int, end: int | None = None,
        low: str | Unset | None = UNSET,
    ) -> list[tuple[re.Match[str], int]]:
        """With a `FirstOf` build: (match, item) for each leftmost, non-overlapping match that
        starts in text[lo:hi] and ends by `end` (default `hi`), trying items only where `starts`
        (the start class) allows one to begin. With `positions_only`, a match may be of the
        lowercased text: read its positions and groups' names, not its text. `low`: the caller's
        `text.lower()` if `text` is ASCII, else None (a caller scanning a text in pieces lowers
        it once)."""
        stop = hi if end is None else end
        out: list[tuple[re.Match[str], int]] = []
        after = lo
        if isinstance(low, Unset):
            low = text.lower() if text.isascii() else None
        lowered = self._positions_only and low is not None
        memo, k = self._ascii_flat, self._k
        for m in starts.scan(text, low, lo, hi):
            pos = m.start()
            if pos < after:
                continue
            if lowered and low is not None:
                found = memo.get(low[pos : pos + k]) or self.at_ascii(text, low, pos)
                if found is None:
                    continue
                regex, items, on_low = found[0]  # FirstOf: one part
                hit = regex.match(low if on_low else text, pos, stop)
            else:
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

    def _walk(self, text: str, pos: int) -> _Lazy | None:
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
        return lazy


def _collect(hit: re.Match[str], items: tuple[int, ...], pos: int,
             out: list[tuple[int, int, int]]) -> None:
    """(pos, end, item) for each lookahead group of `hit` that matched (group n holds item n-1;
    none after `lastindex`, the last group set)."""
    regs = hit.regs
    for n in range(1, (hit.lastindex or 0) + 1):
        end = regs[n][1]
        if end >= 0:
            out.append((pos, end, items[n - 1]))


def _item(found: tuple[int, int, int]) -> int:
    return found[2]
