"""The recogniser table: one line per identifier type, in priority order.

Earlier recognisers win when two patterns match at the same position: label cues first (they
start at the label), then validated shapes, then the looser geography and name patterns.
"""

from __future__ import annotations

from typing import Final

from medgate.privacy.recognizers.account import AccountRecognizer, CheckedAccountRecognizer
from medgate.privacy.recognizers.address import AddressRecognizer
from medgate.privacy.recognizers.age import AgeRecognizer
from medgate.privacy.recognizers.base import Pattern, Recognizer, Span
from medgate.privacy.recognizers.biometric import BiometricRecognizer
from medgate.privacy.recognizers.city import CityRecognizer
from medgate.privacy.recognizers.county import CountyRecognizer
from medgate.privacy.recognizers.date import DateRecognizer
from medgate.privacy.recognizers.device import DeviceRecognizer
from medgate.privacy.recognizers.email import EmailRecognizer
from medgate.privacy.recognizers.fax import FaxRecognizer
from medgate.privacy.recognizers.health_plan import HealthPlanRecognizer
from medgate.privacy.recognizers.ip import IpRecognizer
from medgate.privacy.recognizers.license import LicenseRecognizer
from medgate.privacy.recognizers.mrn import MrnRecognizer
from medgate.privacy.recognizers.name import NameRecognizer
from medgate.privacy.recognizers.national_id import NationalIdRecognizer
from medgate.privacy.recognizers.other_id import (
    CredentialRecognizer,
    HandleRecognizer,
    OtherIdRecognizer,
)
from medgate.privacy.recognizers.phone import PhoneRecognizer
from medgate.privacy.recognizers.ssn import SsnRecognizer
from medgate.privacy.recognizers.url import UrlRecognizer
from medgate.privacy.recognizers.vehicle import VehicleRecognizer
from medgate.privacy.recognizers.world_address import WorldAddressRecognizer
from medgate.privacy.recognizers.world_names import WorldNameRecognizer
from medgate.privacy.recognizers.zip import ZipRecognizer

RECOGNIZERS: Final[tuple[type[Recognizer], ...]] = (
    EmailRecognizer,
    UrlRecognizer,
    SsnRecognizer,
    NationalIdRecognizer,
    FaxRecognizer,
    MrnRecognizer,
    HealthPlanRecognizer,
    CredentialRecognizer,
    HandleRecognizer,
    AccountRecognizer,
    CheckedAccountRecognizer,
    LicenseRecognizer,
    VehicleRecognizer,
    DeviceRecognizer,
    BiometricRecognizer,
    AgeRecognizer,
    DateRecognizer,
    IpRecognizer,
    PhoneRecognizer,
    ZipRecognizer,
    AddressRecognizer,
    WorldAddressRecognizer,
    CountyRecognizer,
    CityRecognizer,
    WorldNameRecognizer,
    NameRecognizer,
    OtherIdRecognizer,
)

__all__ = ["RECOGNIZERS", "Pattern", "Recognizer", "Span"]
