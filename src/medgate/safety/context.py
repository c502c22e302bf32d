"""ConText-style assertion of matched findings: negated, historical, family, hypothetical.

A small re-implementation of the ConText algorithm (Harkema, Dowling, Thornblade, Chapman,
"ConText: an algorithm for determining negation, experiencer, and temporal status from
clinical reports", J Biomed Inform 2009) in the shape medspaCy's ``ConTextComponent`` uses
(medspacy/medspacy, ``medspacy/context``): modifier *triggers* with a category and a direction
(forward, backward, bidirectional), a *scope* that runs from the trigger to the end (or start)
of the sentence and stops early at a *terminate* trigger, *pseudo* triggers that block a
trigger they overlap ("no longer", "not only"), and triggers that overlap the target itself are
ignored (so the "no" in "no reason to live" negates nothing). medspaCy is not a dependency:
it pulls in spaCy, and the screen must run in microseconds with no model.

Departures from medspaCy, on purpose: a scope also ends at another modifier of a different
category, and at words that anchor the text in the present ("now", "today", "currently"), so
"history of stroke in 2019, now slurred speech" asserts the slurred speech.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

from medgate.safety.dispatch import UNSET, PrefixIndex, Unset
from medgate.safety.dispatch_regex import FirstOf
from medgate.safety.triggers import DEFAULT_TRIGGERS, Direction, Modifier, Trigger

# A sentence runs to a full stop, ! or ? followed by a space or the end, to ; or a line break. A
# stop inside a token ("38.5", "e.g.") stays inside the sentence: each character is taken by one
# branch only, so the scan is linear (an earlier form backtracked quadratically there, and left
# the words before such a stop in no sentence at all, where no negation could reach them).
_SENTENCE: Final = re.compile(
    r"(?:[^.!?;\n]|[.!?]+(?=[^\s.!?;]))+(?:[.!?]+(?=\s|$)|[;\n]|$)|[.!?]+|[;\n]", re.MULTILINE
)
_WORD: Final = re.compile(r"\w+")
_CLAUSE_END: Final = re.compile(r"[,:]")


class _Hit(NamedTuple):  # (a tuple: made for every trigger found, faster than a dataclass)
    start: int
    end: int
    trigger: Trigger


class ConText:
    """Compiled trigger set; `assess` tells which modifiers apply to each target span."""

    def __init__(self, triggers: Sequence[Trigger] = DEFAULT_TRIGGERS) -> None:
        self._triggers = tuple(triggers)
        # Longest pattern first, so "no history of" wins over "no" at the same position; at each
        # place only the triggers that can start with its first characters are tried (dispatch).
        self._order = tuple(
            sorted(range(len(self._triggers)), key=lambda i: -len(self._triggers[i].pattern))
        )
        self._index = PrefixIndex([[self._triggers[i].pattern] for i in self._order],
                                FirstOf(r"(?![\w/])"), k=3, positions_only=True)
        self._starts = self._index.starts(r"(?<![\w/])")

    def triggers(self, text: str, start: int = 0, end: int | None = None,
                 low: str | Unset | None = UNSET) -> list[_Hit]:
        """Trigger matches in text[start:end], leftmost first, not overlapping (`low`: as in
        `PrefixIndex.first_matches`)."""
        end = len(text) if end is None else end
        triggers, order = self._triggers, self._order
        return [_Hit(hit.start(), hit.end(), triggers[order[item]])
                for hit, item in self._index.first_matches(self._starts, text, start, end, low=low)]

    def assess(
        self,
        text: str,
        targets: Sequence[tuple[int, int]],
        shields: Sequence[tuple[int, int]] | None = None,
    ) -> list[frozenset[Modifier]]:
        """For each (start, end) target in `text`, the set of modifiers whose scope covers it.

        A trigger inside one of `shields` (default: the targets) is part of a finding and
        modifies nothing; a measured number's words ("temp now 39") shield nothing.
        """
        found: list[set[Modifier]] = [set() for _ in targets]
        order = sorted(range(len(targets)), key=lambda k: targets[k][0])
        starts = [targets[k][0] for k in order]
        shielding = sorted(targets if shields is None else shields)
        shield_starts = [s for s, _ in shielding]
        reach = max((e - s for s, e in shielding), default=0)  # a shield may begin a sentence early
        low = text.lower() if text.isascii() else None  # once for all its sentences
        for s_start, s_end in _sentences(text):
            first, last = bisect_left(starts, s_start), bisect_left(starts, s_end)
            if first == last:
                continue  # only sentences holding a finding are scanned for triggers
            local = order[first:last]
            near = shielding[bisect_left(shield_starts, s_start - reach) : bisect_left(shield_starts, s_end)]
            shields_here = [sh for sh in near if sh[1] > s_start]
            in_sentence = _usable(self.triggers(text, s_start, s_end, low), shields_here)
            if not in_sentence:
                continue
            for lo, hi, modifier in _scopes(text, in_sentence, s_start, s_end):
                for k in local:
                    if lo <= targets[k][0] < hi:
                        found[k].add(modifier)
        return [frozenset(f) for f in found]


def _sentences(text: str) -> Iterable[tuple[int, int]]:
    for m in _SENTENCE.finditer(text):
        yield m.start(), m.end()


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _usable(hits: list[_Hit], targets: Sequence[tuple[int, int]]) -> list[_Hit]:
    """Drop triggers inside a target or overlapping a pseudo trigger; drop the pseudos.

    A trigger that merely overlaps a target ("what are the Sepsis-3 criteria") still applies:
    its scope starts at its own start (forward) or ends at its own end (backward).
    """
    pseudo = [h for h in hits if h.trigger.modifier is Modifier.PSEUDO]
    kept: list[_Hit] = []
    for h in hits:
        if h.trigger.modifier is Modifier.PSEUDO:
            continue
        if any(t0 <= h.start and h.end <= t1 for t0, t1 in targets):
            continue  # part of the finding itself ("no reason to live")
        if any(h.start < t0 < h.end <= t1 for t0, t1 in targets):
            continue  # its tail starts the finding: "is not" + "not interested in feeds"
        if any(_overlaps(h.start, h.end, p.start, p.end) for p in pseudo):
            continue
        kept.append(h)
    return kept


def _scopes(
    text: str, hits: list[_Hit], s_start: int, s_end: int
) -> Iterable[tuple[int, int, Modifier]]:
    """(lo, hi, modifier) character ranges within one sentence."""
    for h in hits:
        modifier, direction = h.trigger.modifier, h.trigger.direction
        if modifier is Modifier.TERMINATE or direction is Direction.NONE:
            continue
        # Any terminator, or a modifier of another category, ends this trigger's scope.
        stops = [o for o in hits if o is not h and o.trigger.modifier is not modifier]
        if direction in (Direction.FORWARD, Direction.BIDIRECTIONAL):
            hi = min([o.start for o in stops if o.start >= h.end] + [s_end])
            if h.trigger.max_words is not None:
                hi = min(hi, _after_words(text, h.end, hi, h.trigger.max_words))
            if h.trigger.clause and (stop := _CLAUSE_END.search(text, h.end, hi)):
                hi = stop.start()
            yield h.start, hi, modifier
        if direction in (Direction.BACKWARD, Direction.BIDIRECTIONAL):
            lo = max([o.end for o in stops if o.end <= h.start] + [s_start])
            if h.trigger.max_words is not None:
                lo = max(lo, _before_words(text, lo, h.start, h.trigger.max_words))
            if h.trigger.clause:
                lo = max(lo, text.rfind(",", lo, h.start) + 1, text.rfind(":", lo, h.start) + 1)
            yield lo, h.end, modifier


def _before_words(text: str, limit: int, end: int, n: int) -> int:
    starts = [m.start() for m in _WORD.finditer(text, limit, end)]
    return starts[-n] if len(starts) >= n else limit


def _after_words(text: str, start: int, limit: int, n: int) -> int:
    for count, m in enumerate(_WORD.finditer(text, start, limit), 1):
        if count == n:
            return m.end()
    return limit
