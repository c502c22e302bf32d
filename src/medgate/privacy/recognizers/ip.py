"""IPv4 and IPv6 addresses, checked with `ipaddress`."""

from __future__ import annotations

import ipaddress
from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer
from medgate.privacy.types import PhiType


class IpRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.IP
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern("ipv4", r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)"),
        Pattern(
            "ipv6",
            r"(?<![\w:])(?i:(?:[0-9a-f]{1,4}:){1,7}(?::|(?::?[0-9a-f]{1,4}){1,7})|::(?:[0-9a-f]"
            r"{1,4}:){0,6}[0-9a-f]{1,4})(?![\w:])",
        ),
    )

    def validate(self, value: str, text: str, start: int) -> bool:
        try:
            ipaddress.ip_address(value)
        except ValueError:
            return False
        return ":" not in value or value.count(":") >= 3 or "::" in value
