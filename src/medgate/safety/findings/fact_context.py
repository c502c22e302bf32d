"""One request's facts: the asserted concepts, the vital signs chosen from its readings, and each
derived fact (the table is facts.py's) computed the first time it is asked.

Which reading counts when a message gives several of one kind: the highest temperature (a
reported fever counts even after an antipyretic: NICE NG143 1.1: "reported parental perception
of a fever should be considered valid"), and for every other vital sign the last one given,
because people report in time order ("it dropped to 91% once, then 98% after warming my
finger"; "sats were 97 yesterday, now 88"). A reading marked `baseline` ("my sats are always
89%") describes a stable state, and one marked `past` ("a temp of 38 two weeks ago") an earlier
illness: both are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, TypeVar

from medgate.safety.findings.gates import NEEDS
from medgate.safety.findings.measure_specs import RECHECKED
from medgate.safety.findings.measures import Reading

Evidence = tuple[str, ...]
Derivation = Callable[["Context"], Evidence]
T = TypeVar("T")


class Context:
    """One request's facts: the asserted concepts, and each derived fact computed the first time
    a discriminator asks for it (most discriminators fail on a missing phrase first)."""

    def __init__(self, concepts: Mapping[str, Evidence], readings: Sequence[Reading],
                 derivations: Mapping[str, Derivation], *, gated: bool = True) -> None:
        """`derivations`: each derived fact's name and how it is computed (facts.DERIVED)."""
        self.readings = readings
        self._derivations = derivations
        # a heart rate taken during exercise is physiology, counted only with an adverse feature told
        # (RCUK 2021 tachycardia algorithm: chest pain, syncope, breathlessness)
        self.vitals = _choose(readings, exertion=not _ADVERSE.isdisjoint(concepts),
                              hypoxic=not _HYPOXIC.isdisjoint(concepts))
        self._facts: dict[str, Evidence] = dict(concepts)
        self._resolved: set[str] = set(concepts)
        self._once: dict[Callable[[Context], Any], Any] = {}
        # the inputs present: concept names and "@kind" for each kind of reading given
        self.present = frozenset(concepts) | frozenset(f"@{r.kind}" for r in readings)
        self._gated = gated

    def can_hold(self, name: str) -> bool:
        """False when none of the inputs `name` needs is present (gates.NEEDS)."""
        needs = NEEDS.get(name)
        return needs is None or not needs.isdisjoint(self.present)

    def fact(self, name: str) -> Evidence:
        """The evidence for `name`, empty when it does not hold."""
        if name not in self._resolved:
            self._resolved.add(name)
            check = self._derivations.get(name)
            if check is None or (self._gated and not self.can_hold(name)):
                return ()
            evidence = tuple(dict.fromkeys(check(self)))
            if evidence:
                self._facts[name] = evidence
        return self._facts.get(name, ())

    def has(self, *names: str) -> bool:
        return all(self.fact(n) for n in names)

    def ev(self, *names: str) -> Evidence:
        return tuple(e for n in names for e in self.fact(n))

    def value(self, kind: str) -> float | None:
        r = self.vitals.get(kind)
        return r.value if r is not None else None

    def quote(self, *kinds: str) -> Evidence:
        return tuple(dict.fromkeys(self.vitals[k].text for k in kinds if k in self.vitals))

    def ages(self) -> list[Reading]:
        return [r for r in self.readings if r.kind == "age_y"]

    def hours(self) -> list[Reading]:
        return [r for r in self.readings if r.kind == "hours"]

    def once(self, compute: Callable[[Context], T]) -> T:
        """`compute(self)`, computed once per request (a score that several facts read)."""
        if compute not in self._once:
            self._once[compute] = compute(self)
        result: T = self._once[compute]
        return result

    def all_facts(self) -> dict[str, Evidence]:
        """Every fact that holds (derives them all): for tests and debugging."""
        for name in self._derivations:
            self.fact(name)
        return dict(self._facts)


_ADVERSE: Final = frozenset({"faint_dizzy", "chest_pain", "dyspnoea"})
# symptoms that make a low oxygen reading real whatever a recheck on warmed or bare fingers reads
# (BTS oxygen guideline 2017: the oximeter confirms, it does not overrule, a breathless, blue patient)
_HYPOXIC: Final = frozenset({"dyspnoea", "dyspnoea_severe", "chest_pain", "blue_mouth", "new_confusion",
                             "reduced_consciousness", "drowsy"})


def _choose(readings: Sequence[Reading], *, exertion: bool = True, hypoxic: bool = False) -> dict[str, Reading]:
    chosen: dict[str, Reading] = {}
    for r in readings:
        if r.baseline or r.past or r.kind in ("age_y", "hours") or (r.exertion and not exertion):
            continue
        if (hypoxic and r.kind == "spo2" and "spo2" in chosen and chosen["spo2"].value < r.value
                and RECHECKED.match(r.text)):
            continue  # the low reading told with symptoms counts
        if r.kind == "temp_c":
            if "temp_c" not in chosen or r.value > chosen["temp_c"].value:
                chosen["temp_c"] = r
        elif r.kind == "glucose":
            low = chosen.get("glucose_min")
            high = chosen.get("glucose_max")
            chosen["glucose_min"] = r if low is None or r.value < low.value else low
            chosen["glucose_max"] = r if high is None or r.value > high.value else high
            chosen["glucose_last"] = r  # the latest told: whether a high glucose persists
        else:
            chosen[r.kind] = r  # the last one given
    return chosen
