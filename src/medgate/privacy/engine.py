"""One compiled pass over the text for every recogniser pattern, then the post passes.

All patterns are joined into one alternation at construction (once per process); each keeps a
per-pattern group suffix. A rejected match retries the remaining patterns at the same position
before moving on, so a failed validation never hides a lower-priority identifier.

A pattern with `line_needs` (a costly one whose matches all have a cheap need after their start,
on their line: "@", a credential) stays out of the alternations; where the need follows on the
line it is tried alone, before the alternation's own pattern when it comes first in order, so the
first match at each position is the full alternation's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from medgate.privacy.guards import GuardedDispatch
from medgate.privacy.recognizers import RECOGNIZERS, Recognizer, Span
from medgate.privacy.recognizers.base import rename_groups
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer
from medgate.regex_starts import first_chars

_START: Final = r"(?<![^\W_])(?=\S)"


class Engine:
    """Holds the compiled combined regex; stateless between calls (safe to share)."""

    def __init__(self, recognizers: Sequence[type[Recognizer]] = RECOGNIZERS) -> None:
        self._recognizers: tuple[Recognizer, ...] = tuple(cls() for cls in recognizers)
        parts: list[str] = []
        self._slots: list[tuple[Recognizer, str]] = []
        singles: list[re.Pattern[str]] = []
        bodies: list[str] = []
        needs: dict[str, list[int]] = {}  # a line's need: the patterns tried only where it is
        for rec in self._recognizers:
            for pat in rec.patterns:
                k = len(self._slots)
                suffix = f"_{k}"
                body = rename_groups(pat.regex, suffix)
                parts.append(f"(?P<p{suffix}>{body})")
                singles.append(re.compile(f"{_START}(?P<p{suffix}>{body})"))
                bodies.append(body)
                self._slots.append((rec, suffix))
                if pat.line_needs:
                    needs.setdefault(pat.line_needs, []).append(k)
        gated = {k for ks in needs.values() for k in ks}
        kept = [k for k in range(len(parts)) if k not in gated]
        # Every identifier starts at a non-space character that does not continue a word: testing
        # that once, before the alternation, skips most positions of the text cheaply.
        self._combined: Final = re.compile(_START + "(?:" + "|".join(parts[k] for k in kept) + ")")
        self._singles: Final = tuple(singles)
        dispatch = GuardedDispatch([parts[k] for k in kept], [bodies[k] for k in kept], [bodies[k] for k in gated])
        self._by_char: Final = dispatch.by_char
        self._finder: Final = re.compile(f"{_START}(?=[{dispatch.start_class}]|[^\\x00-\\x7f])")
        self._needs: Final = tuple((re.compile(need), tuple(ks)) for need, ks in needs.items())
        # (the characters a gated pattern can start with, None for any: tried only at those)
        self._gated_starts: Final = {k: first_chars(bodies[k]) for k in gated}
        self._group_slot: Final = {f"p_{k}": k for k in range(len(self._slots))}
        self._scans: Final = tuple(
            (
                rec,
                tuple(sorted({c.lower() for c in pat.cues})),
                re.compile(pat.regex),
                pat.anchored,
                pat.colon_labels,
                pat.heads,
            )
            for rec in self._recognizers
            for pat in rec.scans
        )

    def spans(self, text: str) -> list[Span]:
        """The combined pass: identifier spans in match order."""
        found: list[Span] = []
        find = self._finder.search
        by_char = self._by_char
        combined = self._combined  # (a non-ASCII character: every pattern)
        needs, windows = self._needs_found(text)  # (usually none: no gated pattern is tried)
        wi = 0  # the first window that does not end before the position
        pos = 0
        n = len(text)
        while pos < n:
            hit = find(text, pos)
            if hit is None:
                break
            at = hit.start()
            m = by_char.get(text[at], combined).match(text, at)
            if wi < len(windows):
                while wi < len(windows) and windows[wi][1] < at:
                    wi += 1
                if wi < len(windows) and windows[wi][0] <= at:
                    m = self._gated_first(text, at, m, needs)
            if m is None:
                pos = at + 1
                continue
            k = self._group_slot[m.lastgroup or ""]
            rec, suffix = self._slots[k]
            got = rec.spans(m, suffix)
            if not got:
                got = self._retry(text, m.start(), k + 1)
            if got:
                found.extend(got)
                # resume after the last identifier (a trimmed name may leave a label behind)
                pos = max(max(e for _t, _s, e in got), m.start() + 1)
            else:
                pos = m.start() + 1
        low = lowered(text)  # cues are lower-cased; one check per distinct cue
        aligned = len(low) == n  # (a few characters lower-case to two: then no anchoring)
        for rec, cues, rx, anchored, labels, heads in self._scans:
            if anchored and aligned and not labels:  # each cue looked for once: the ones present
                present = [c for c in cues if c in low]
                for at in _cue_starts(low, present):
                    sm = rx.match(text, at)
                    if sm is not None:
                        found.extend(rec.spans(sm, ""))
                continue
            if labels and aligned:  # (the labels first: a note's few colons cost less than the cues)
                starts = _label_starts(low, labels)
                if starts and not (cues and not any(c in low for c in cues)):
                    for at in starts:
                        sm = rx.match(text, at)
                        if sm is not None:
                            found.extend(rec.spans(sm, ""))
                continue
            if cues and not any(c in low for c in cues):
                continue
            for sm in cue_finditer(rx, text, low, heads, edge=False) if heads else rx.finditer(text):
                found.extend(rec.spans(sm, ""))
        return found

    def _needs_found(self, text: str) -> tuple[list[tuple[int, list[int]]], list[tuple[int, int]]]:
        """Each gated pattern whose need the text holds, in order, with where the need's matches
        start; and the windows where one may be tried: from a line's start to its last need."""
        found: list[tuple[int, list[int]]] = []
        last: dict[int, int] = {}  # line start -> the last need on the line
        for need, ks in self._needs:
            starts = [m.start() for m in need.finditer(text)]
            if starts:
                found.extend((k, starts) for k in ks)
                for s in starts:
                    line = text.rfind("\n", 0, s) + 1
                    last[line] = max(last.get(line, s), s)
        found.sort(key=lambda x: x[0])
        return found, sorted(last.items())

    def _gated_first(
        self, text: str, at: int, m: re.Match[str] | None, found: list[tuple[int, list[int]]]
    ) -> re.Match[str] | None:
        """The full alternation's match at `at`: a gated pattern before the alternation's pattern
        `m` in order, with its need after `at` on the line, that matches here comes first."""
        k = self._group_slot[m.lastgroup or ""] if m is not None else len(self._slots)
        ch = text[at]
        end = -1
        for g, starts in found:
            if g >= k:
                break
            first = self._gated_starts[g]
            if first is not None and ch not in first and ch < "\x80":
                continue
            i = bisect.bisect_left(starts, at)
            if i == len(starts):
                continue
            if end < 0:
                end = text.find("\n", at)
                end = len(text) if end < 0 else end
            if starts[i] >= end:
                continue
            sm = self._singles[g].match(text, at)
            if sm is not None:
                return sm
        return m

    def _retry(self, text: str, at: int, first: int) -> list[Span]:
        for k in range(first, len(self._slots)):
            m = self._singles[k].match(text, at)
            if m is not None:
                rec, suffix = self._slots[k]
                got = rec.spans(m, suffix)
                if got:
                    return got
        return []

    def detect(self, text: str) -> list[Entity]:
        found = self.spans(text)
        extra: list[Span] = []
        for rec in self._recognizers:
            extra.extend(rec.post(text, found))
        return join_wrapped_names(text, resolve(text, found, extra))


def _label_starts(low: str, labels: frozenset[str]) -> list[int]:
    """Where a label of one or two words ends right before a colon (spaces allowed between)."""
    out: list[int] = []
    p = low.find(":")
    while p >= 0:
        i = p
        while i > 0 and low[i - 1] in " \t":
            i -= 1
        j = i
        while j > 0 and i - j < 24 and low[j - 1].isalpha():
            j -= 1
        if j < i:
            if low[j:i] in labels and (j == 0 or not low[j - 1].isalnum()):
                out.append(j)
            elif j > 1 and low[j - 1] in " \t":
                k = j - 1
                while k > 0 and j - k < 16 and low[k - 1].isalpha():
                    k -= 1
                if f"{low[k : j - 1]} {low[j:i]}" in labels and (k == 0 or not low[k - 1].isalnum()):
                    out.append(k)
        p = low.find(":", p + 1)
    return out


def _cue_starts(low: str, cues: Sequence[str]) -> list[int]:
    """Where a cue starts a word in the lower-cased text, in order, each position once."""
    starts: set[int] = set()
    for c in cues:
        i = low.find(c)
        while i >= 0:
            if i == 0 or not low[i - 1].isalnum():
                starts.add(i)
            i = low.find(c, i + 1)
    return sorted(starts)


def join_wrapped_names(text: str, entities: list[Entity]) -> list[Entity]:
    """One name wrapped over a line break ("HCP is Tyler\nFairbanks") is one entity: two NAME
    entities separated only by a line break join when the first does not start its line."""
    out: list[Entity] = []
    for ent in entities:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type is PhiType.NAME
            and ent.type is PhiType.NAME
            and text[prev.end : ent.start].strip(" \t") == "\n"
            and text[text.rfind("\n", 0, prev.start) + 1 : prev.start].strip()
        ):
            out[-1] = Entity(PhiType.NAME, prev.start, ent.end, text[prev.start : ent.end])
            continue
        out.append(ent)
    return out


def resolve(text: str, primary: Sequence[Span], extra: Sequence[Span]) -> list[Entity]:
    """Non-overlapping entities, sorted; the combined pass wins over post passes, then longer."""
    ranked = sorted(
        ((s, e, t, 0) for t, s, e in primary if e > s),
        key=lambda x: x[0],
    ) + sorted(((s, e, t, 1) for t, s, e in extra if e > s), key=lambda x: (x[0], x[0] - x[1]))
    starts: list[int] = []  # taken spans never overlap: sorted starts and their ends suffice
    ends: list[int] = []
    out: list[Entity] = []
    for s, e, t, _rank in sorted(ranked, key=lambda x: (x[3], x[0], x[0] - x[1])):
        i = bisect.bisect_left(starts, s)
        if (i < len(starts) and starts[i] < e) or (i > 0 and ends[i - 1] > s):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        out.append(Entity(t, s, e, text[s:e]))
    out.sort(key=lambda x: x.start)
    return out
