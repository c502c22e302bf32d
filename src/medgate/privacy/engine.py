"""One compiled pass over the text for every recogniser pattern, then the post passes.

All patterns are joined into one alternation at construction (once per process); each keeps a
per-pattern group suffix. A rejected match retries the remaining patterns at the same position
before moving on, so a failed validation never hides a lower-priority identifier.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from medgate.privacy.guards import GuardedDispatch
from medgate.privacy.recognizers import RECOGNIZERS, Recognizer, Span
from medgate.privacy.recognizers.base import rename_groups
from medgate.privacy.types import Entity, PhiType

_START: Final = r"(?<![^\W_])(?=\S)"


class Engine:
    """Holds the compiled combined regex; stateless between calls (safe to share)."""

    def __init__(self, recognizers: Sequence[type[Recognizer]] = RECOGNIZERS) -> None:
        self._recognizers: tuple[Recognizer, ...] = tuple(cls() for cls in recognizers)
        parts: list[str] = []
        self._slots: list[tuple[Recognizer, str]] = []
        singles: list[re.Pattern[str]] = []
        bodies: list[str] = []
        for rec in self._recognizers:
            for pat in rec.patterns:
                k = len(self._slots)
                suffix = f"_{k}"
                body = rename_groups(pat.regex, suffix)
                parts.append(f"(?P<p{suffix}>{body})")
                singles.append(re.compile(f"{_START}(?P<p{suffix}>{body})"))
                bodies.append(body)
                self._slots.append((rec, suffix))
        # Every identifier starts at a non-space character that does not continue a word: testing
        # that once, before the alternation, skips most positions of the text cheaply.
        self._combined: Final = re.compile(_START + "(?:" + "|".join(parts) + ")")
        self._singles: Final = tuple(singles)
        dispatch = GuardedDispatch(parts, bodies)
        self._by_char: Final = dispatch.by_char
        self._finder: Final = re.compile(f"{_START}(?=[{dispatch.start_class}]|[^\\x00-\\x7f])")
        self._group_slot: Final = {f"p_{k}": k for k in range(len(self._slots))}
        self._scans: Final = tuple(
            (
                rec,
                tuple(sorted({c.lower() for c in pat.cues})),
                re.compile(pat.regex),
                pat.anchored,
                pat.colon_labels,
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
        pos = 0
        n = len(text)
        while pos < n:
            hit = find(text, pos)
            if hit is None:
                break
            at = hit.start()
            m = by_char.get(text[at], combined).match(text, at)
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
        low = text.lower()  # cues are lower-cased; one check per distinct cue
        aligned = len(low) == n  # (a few characters lower-case to two: then no anchoring)
        for rec, cues, rx, anchored, labels in self._scans:
            if anchored and aligned and not labels:  # each cue looked for once: the ones present
                present = [c for c in cues if c in low]
                for at in _cue_starts(low, present):
                    sm = rx.match(text, at)
                    if sm is not None:
                        found.extend(rec.spans(sm, ""))
                continue
            if cues and not any(c in low for c in cues):
                continue
            if labels and aligned:
                for at in _label_starts(low, labels):
                    sm = rx.match(text, at)
                    if sm is not None:
                        found.extend(rec.spans(sm, ""))
                continue
            for sm in rx.finditer(text):
                found.extend(rec.spans(sm, ""))
        return found

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
