"""Value types of the privacy package: identifier kinds, detected spans and replacements."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum


class PhiType(StrEnum):
    """HIPAA Safe Harbor identifier kinds medgate detects."""

    NAME = "NAME"
    DATE = "DATE"
    AGE = "AGE"
    PHONE = "PHONE"
    FAX = "FAX"
    EMAIL = "EMAIL"
    SSN = "SSN"
    MRN = "MRN"
    HEALTH_PLAN = "HEALTH_PLAN"
    ACCOUNT = "ACCOUNT"
    LICENSE = "LICENSE"
    VEHICLE = "VEHICLE"
    DEVICE = "DEVICE"
    URL = "URL"
    IP = "IP"
    ADDRESS = "ADDRESS"
    CITY = "CITY"
    ZIP = "ZIP"
    COUNTY = "COUNTY"
    BIOMETRIC = "BIOMETRIC"
    LOCATION = "LOCATION"  # facilities, wards named for places, employers, other places
    OTHER_ID = "OTHER_ID"


@dataclass(frozen=True, slots=True)
class Entity:
    """One detected identifier: `text == input[start:end]`."""

    type: PhiType
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, kind: PhiType, m: re.Match[str], group: int | str = 0) -> Entity:
        """The identifier a regex match's group holds."""
        return cls(kind, m.start(group), m.end(group), m.group(group))


@dataclass(frozen=True, slots=True)
class Replacement:
    """What replaced one identifier; start/end are offsets into the input text."""

    type: PhiType
    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class DeidResult:
    """The transformed text and what was replaced in it."""

    text: str
    entities: list[Replacement] = field(default_factory=list)
