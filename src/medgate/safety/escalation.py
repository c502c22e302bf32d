"""The escalation record attached to a response, and the regional resources it points to.

An escalation has a level: `emergent` (call emergency services now; what `on_emergency`
applies to) or `urgent` (see a clinician within 24 hours). `routine` is no escalation at all
(`None`). Each layer that fired (rules, findings, learned, model) leaves a `Fired` record with its own
level, evidence and source; the escalation's level is the highest of them, and its categories,
evidence and layers are those of the records at that level.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final, Literal

from medgate.errors import InvalidRequest
from medgate.safety.rules.base import ResourceKind

Level = Literal["emergent", "urgent", "routine"]
Layer = Literal["rules", "findings", "learned", "model"]
LEVEL_RANK: Final[Mapping[str, int]] = MappingProxyType({"routine": 0, "urgent": 1, "emergent": 2})
LAYERS: Final[tuple[Layer, ...]] = ("rules", "findings", "learned", "model")
MAX_EVIDENCE = 8


@dataclass(frozen=True)
class Resource:
    """A service to contact: a display name and a number or short instruction."""

    name: str
    contact: str

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "contact": self.contact}


@dataclass(frozen=True)
class Fired:
    """What one layer found: a rule, discriminator or model opinion, its level and its evidence."""

    layer: Layer
    name: str
    category: str
    level: Level
    evidence: tuple[str, ...]
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"layer": self.layer, "name": self.name, "category": self.category,
                               "level": self.level, "evidence": list(self.evidence)}
        if self.source:
            out["source"] = self.source
        return out


@dataclass(frozen=True)
class Escalation:
    """Red flags found in a request: how urgent, on which words, what to do, whom to call."""

    categories: tuple[str, ...]
    evidence: tuple[str, ...]
    advice: str
    resources: tuple[Resource, ...]
    level: Level = "emergent"
    layers: tuple[Layer, ...] = ("rules",)
    fired: tuple[Fired, ...] = ()
    region: str = "US"
    kinds: frozenset[ResourceKind] = field(default_factory=frozenset)

    @property
    def emergent(self) -> bool:
        return self.level == "emergent"

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "layers": list(self.layers),
            "categories": list(self.categories),
            "evidence": list(self.evidence),
            "advice": self.advice,
            "resources": [r.to_dict() for r in self.resources],
            "fired": [f.to_dict() for f in self.fired],
        }


@dataclass(frozen=True)
class Region:
    """Emergency numbers and advice wording for one locale."""

    code: str
    emergency: Resource
    emergency_advice: str
    extra: Mapping[ResourceKind, tuple[Resource, str]]  # kind -> (resource, advice sentence)
    urgent: Resource
    urgent_advice: str


REGIONS: Final[Mapping[str, Region]] = MappingProxyType(
    {
        "US": Region(
            "US",
            Resource("Emergency services", "911"),
            "This may be a medical emergency. Call 911 now or go to the nearest emergency "
            "department; do not wait for an online answer.",
            {
                "crisis": (
                    Resource("988 Suicide & Crisis Lifeline", "call or text 988"),
                    "If you are thinking about suicide or about harming someone, call or text "
                    "988 (Suicide & Crisis Lifeline) now; it is free and open 24/7.",
                ),
                "poison": (
                    Resource("Poison Control", "1-800-222-1222"),
                    "For a poisoning or overdose, call Poison Control at 1-800-222-1222; if the "
                    "person is unresponsive, not breathing normally or seizing, call 911 first.",
                ),
            },
            Resource("Your doctor, a nurse advice line or an urgent care clinic", "today"),
            "This needs prompt medical attention: contact your doctor, a nurse advice line or an "
            "urgent care clinic today, within 24 hours at the latest. If it gets worse, or you are "
            "worried, call 911.",
        ),
        "UK": Region(
            "UK",
            Resource("Emergency services", "999"),
            "This may be a medical emergency. Call 999 now or go to the nearest A&E; do not wait "
            "for an online answer.",
            {
                "crisis": (
                    Resource("Samaritans", "116 123"),
                    "If you are thinking about suicide or about harming someone, call Samaritans "
                    "on 116 123 (free, 24/7), or 999 if you are in immediate danger.",
                ),
                "poison": (
                    Resource("NHS 111", "111"),
                    "For a poisoning or overdose, call 999 if the person is unresponsive, not "
                    "breathing normally or seizing; otherwise call NHS 111 now.",
                ),
            },
            Resource("NHS 111 or your GP surgery", "111 (or 111.nhs.uk)"),
            "This needs prompt medical attention: contact your GP surgery today or call NHS 111 "
            "(or use 111.nhs.uk), within 24 hours at the latest. If it gets worse, call 999.",
        ),
        "EU": Region(
            "EU",
            Resource("Emergency services", "112"),
            "This may be a medical emergency. Call 112 now or go to the nearest emergency "
            "department; do not wait for an online answer.",
            {
                "crisis": (
                    Resource("Emotional support line (many EU countries)", "116 123"),
                    "If you are thinking about suicide or about harming someone, call 112 or "
                    "your national crisis line (116 123 in many EU countries) now.",
                ),
                "poison": (
                    Resource("Emergency services (poisoning)", "112"),
                    "For a poisoning or overdose, call 112 now and ask for the poison centre.",
                ),
            },
            Resource("Your doctor or the out-of-hours medical service", "116 117 in several EU countries"),
            "This needs prompt medical attention: contact your doctor or the out-of-hours medical "
            "service today (116 117 in several EU countries), within 24 hours at the latest. If it "
            "gets worse, call 112.",
        ),
    }
)


_RESOURCE_ORDER: Final[tuple[ResourceKind, ...]] = ("crisis", "poison")


def region(code: str) -> Region:
    """The region table row for `code` (case-insensitive); InvalidRequest names the known ones."""
    found = REGIONS.get(code.upper())
    if found is None:
        known = ", ".join(sorted(REGIONS))
        raise InvalidRequest(f"unknown safety region {code!r}; known: {known}", param="region")
    return found


def build(reg: Region, fired: Iterable[Fired], kinds: Iterable[ResourceKind] = ()) -> Escalation | None:
    """The Escalation for everything the layers found, or None when nothing fired.

    Emergent: the region's emergency advice first, then crisis, then poison (by `kinds`, the
    resource kinds of the rule categories that fired). Urgent: the region's 24-hour advice.
    """
    records = tuple(sorted(fired, key=lambda f: -LEVEL_RANK[f.level]))
    if not records:
        return None
    level = records[0].level
    top = [f for f in records if f.level == level]
    categories = tuple(dict.fromkeys(f.category for f in top))
    evidence = tuple(dict.fromkeys(e for f in top for e in f.evidence))[:MAX_EVIDENCE]
    layers = tuple(layer for layer in LAYERS if any(f.layer == layer for f in top))
    kind_set = frozenset(kinds)
    if level == "emergent":
        advice = [reg.emergency_advice]
        resources = [reg.emergency]
        for kind in _RESOURCE_ORDER:
            if kind in kind_set and kind in reg.extra:
                resource, sentence = reg.extra[kind]
                advice.append(sentence)
                resources.append(resource)
    else:
        advice = [reg.urgent_advice]
        resources = [reg.urgent, Resource(f"{reg.emergency.name}, if it gets worse", reg.emergency.contact)]
    return Escalation(categories, evidence, " ".join(advice), tuple(resources), level, layers,
                      records, reg.code, kind_set)


def escalate(esc: Escalation | None, more: Iterable[Fired], region_code: str) -> Escalation | None:
    """`esc` with more records added (a later layer's opinion); the level can only go up."""
    extra = tuple(more)
    if not extra:
        return esc
    if esc is None:
        return build(region(region_code), extra)
    return build(region(esc.region), (*esc.fired, *extra), esc.kinds)
