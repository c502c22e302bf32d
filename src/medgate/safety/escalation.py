"""The escalation record attached to a response, and the regional resources it points to."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final

from medgate.errors import InvalidRequest
from medgate.safety.rules.base import ResourceKind


@dataclass(frozen=True)
class Resource:
    """A service to contact: a display name and a number or short instruction."""

    name: str
    contact: str

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "contact": self.contact}


@dataclass(frozen=True)
class Escalation:
    """Red flags found in a request: what, on which words, what to do, whom to call."""

    categories: tuple[str, ...]
    evidence: tuple[str, ...]
    advice: str
    resources: tuple[Resource, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "categories": list(self.categories),
            "evidence": list(self.evidence),
            "advice": self.advice,
            "resources": [r.to_dict() for r in self.resources],
        }


@dataclass(frozen=True)
class Region:
    """Emergency numbers and advice wording for one locale."""

    code: str
    emergency: Resource
    emergency_advice: str
    extra: Mapping[ResourceKind, tuple[Resource, str]]  # kind -> (resource, advice sentence)


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


def build(
    reg: Region, categories: tuple[str, ...], evidence: tuple[str, ...], kinds: set[ResourceKind]
) -> Escalation:
    """An Escalation with the region's advice: emergency first, then crisis, then poison."""
    advice = [reg.emergency_advice]
    resources = [reg.emergency]
    for kind in _RESOURCE_ORDER:
        if kind in kinds and kind in reg.extra:
            resource, sentence = reg.extra[kind]
            advice.append(sentence)
            resources.append(resource)
    return Escalation(categories, evidence, " ".join(advice), tuple(resources))
