"""Fire the discriminators of the findings groups over one request's facts."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from medgate.safety.findings.base import Discriminator, Group, Level
from medgate.safety.findings.facts import CONCEPTS_READ, DERIVED_NAMES, Evidence, derive
from medgate.safety.findings.measures import Reading

MAX_FACT_EVIDENCE = 3  # phrases quoted per fact
_RANK = {"routine": 0, "urgent": 1, "emergent": 2}


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

    def __init__(self, groups: Sequence[Group]) -> None:
        self._groups = tuple(groups)
        concepts = [c.name for g in self._groups for c in g.concepts]
        duplicated = sorted({n for n in concepts if concepts.count(n) > 1})
        if duplicated:
            raise ValueError(f"findings concepts defined twice: {duplicated}")
        concept_names = frozenset(concepts)
        known = concept_names | DERIVED_NAMES
        missing = sorted(CONCEPTS_READ - set(concepts))
        if missing:
            raise ValueError(f"facts.py reads concepts no group defines: {missing}")
        self._rules: tuple[tuple[str, Discriminator, frozenset[str], tuple[str, ...]], ...] = tuple(
            (g.category, d, frozenset(n for n in d.all_of if n in concept_names),
             tuple(n for n in d.all_of if n not in concept_names))
            for g in self._groups
            for d in g.discriminators
        )
        for category, d, _, _ in self._rules:
            unknown = sorted(set(d.all_of + d.any_of + d.none_of) - known)
            if unknown:
                raise ValueError(f"{category}.{d.name}: unknown facts {unknown}")

    @property
    def groups(self) -> tuple[Group, ...]:
        return self._groups

    def fire(self, concepts: Mapping[str, Evidence], readings: Sequence[Reading]) -> list[FiredFinding]:
        """The discriminators that fire; per category only those of its highest level."""
        facts = derive(concepts, readings)
        present = concepts.keys()
        fired: list[FiredFinding] = []
        fact = facts.fact
        for category, d, phrases, derived in self._rules:
            if not phrases <= present:
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
