"""Fax numbers: any phone shape after a "fax" label."""

from __future__ import annotations

from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer
from medgate.privacy.recognizers.phone import BARE10, INTL, LOCAL, NANP
from medgate.privacy.types import PhiType


class FaxRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.FAX
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "labelled",
            r"(?i:\bfax(?:[ \t]*(?:#|no\.?|number|line))?)[ \t]*[:\-]?[ \t]*(?:to[ \t]+)?"
            rf"(?P<v>{NANP}|{INTL}|{LOCAL}|{BARE10})(?![\w/])",
        ),
    )
