"""Fire the discriminators of the findings groups over one request's facts."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from medgate.safety.escalation import LEVEL_RANK, Level
from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.findings.fact_context import Evidence
from medgate.safety.findings.facts import DERIVED_NAMES, derive
from medgate.safety.findings.gates import CONCEPTS_READ, NEEDS
from medgate.safety.findings.measures import Reading

MAX_FACT_EVIDENCE = 3  # phrases quoted per fact
_RANK: Final = LEVEL_RANK


@dataclass(frozen=True)
class FiredFinding:
    """A discriminator that fired, with what it rests on."""

    name: str
    category: str
    level: Level
    evidence: tuple[str, ...]
    source: str


class FindingsLayer:
    """The discriminators of `groups`, checked once against the facts they may name."""

    def __init__(self, groups: Sequence[Group], *, gated: bool = True) -> None:
        self._groups = tuple(groups)
        self._gated = gated  # False: derive every fact (tests check gating changes nothing)
        concepts = [c.name for g in self._groups for c in g.concepts]
        duplicated = sorted({n for n in concepts if concepts.count(n) > 1})
        if duplicated:
            raise ValueError(f"findings concepts defined twice: {duplicated}")
        concept_names = frozenset(concepts)
        known = concept_names | DERIVED_NAMES
        missing = sorted(CONCEPTS_READ - set(concepts))
        if missing:
            raise ValueError(f"facts.py (gates.CONCEPTS_READ) reads concepts no group defines: {missing}")
        # per discriminator: the phrases it needs (a subset test), the inputs each of its derived
        # facts needs (see gates.NEEDS: a disjoint set means it cannot fire), and those facts
        self._rules: tuple[tuple[str, Discriminator, frozenset[str], tuple[frozenset[str], ...],
                                 tuple[str, ...]], ...] = tuple(
            (g.category, d, frozenset(n for n in d.all_of if n in concept_names),
             tuple(NEEDS[n] for n in d.all_of if n in NEEDS),
             tuple(n for n in d.all_of if n not in concept_names))
            for g in self._groups
            for d in g.discriminators
        )
        for category, d, *_ in self._rules:
            unknown = sorted(set(d.all_of + d.any_of + d.none_of) - known)
            if unknown:
                raise ValueError(f"{category}.{d.name}: unknown facts {unknown}")
        # Where to look: a discriminator that needs phrases is filed under one of them (only a
        # message with that phrase can fire it); one that needs none under every input of its
        # smallest gate (a reading or phrase one of its facts needs); the rest are always checked.
        by_phrase: dict[str, list[int]] = {}
        by_input: dict[str, list[int]] = {}
        always: list[int] = []
        for i, (_c, _d, phrases, gates, _f) in enumerate(self._rules):
            if phrases:
                by_phrase.setdefault(min(phrases), []).append(i)
            elif gated and gates:
                for name in min(gates, key=len):
                    by_input.setdefault(name, []).append(i)
            else:
                always.append(i)
        self._by_phrase = {k: tuple(v) for k, v in by_phrase.items()}
        self._by_input = {k: tuple(v) for k, v in by_input.items()}
        self._always = tuple(always)

    @property
    def groups(self) -> tuple[Group, ...]:
        return self._groups

    def fire(self, concepts: Mapping[str, Evidence], readings: Sequence[Reading]) -> list[FiredFinding]:
        """The discriminators that fire; per category only those of its highest level."""
        facts = derive(concepts, readings, gated=self._gated)
        present, inputs = concepts.keys(), facts.present
        fired: list[FiredFinding] = []
        fact = facts.fact
        candidates = {*self._always}
        for phrase in present:
            candidates.update(self._by_phrase.get(phrase, ()))
        for name in inputs:
            candidates.update(self._by_input.get(name, ()))
        for i in sorted(candidates):  # the table's order: the categories' order in a report
            category, d, phrases, gates, derived = self._rules[i]
            if not phrases <= present:
                continue
            if self._gated and any(map(inputs.isdisjoint, gates)):  # (map: no generator frame)
                continue
            for name in derived:
                if not fact(name):
                    break
            else:
                matched = [n for n in d.any_of if fact(n)]
                if (d.any_of and len(matched) < d.at_least) or any(fact(n) for n in d.none_of):
                    continue
                fired.append(self._record(category, d, matched, fact))
        top: dict[str, int] = {}
        for f in fired:
            top[f.category] = max(top.get(f.category, 0), _RANK[f.level])
        return [f for f in fired if _RANK[f.level] == top[f.category]]

    @staticmethod
    def _record(category: str, d: Discriminator, matched: list[str],
                fact: Callable[[str], Evidence]) -> FiredFinding:
        evidence: list[str] = []
        for name in (*d.all_of, *matched):
            for phrase in fact(name)[:MAX_FACT_EVIDENCE]:
                if phrase not in evidence:
                    evidence.append(phrase)
        return FiredFinding(d.name, category, d.level, tuple(evidence), d.source)
