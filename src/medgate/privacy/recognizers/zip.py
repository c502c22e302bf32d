"""ZIP codes: five digits (or ZIP+4) after a state or a "ZIP" label."""

from __future__ import annotations

from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer
from medgate.privacy.recognizers.common import STATE
from medgate.privacy.types import PhiType


class ZipRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.ZIP
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "labelled",
            r"(?i:\b(?:zip|zip[ \t]*code|zipcode|postal[ \t]*code))[ \t]*[:#\-]?[ \t]*"
            r"(?P<v>\d{5}(?:-\d{4})?)(?![\w\-])",
        ),
        Pattern("after_state", rf"\b{STATE}\.?,?[ \t]+(?P<v>\d{{5}}(?:-\d{{4}})?)(?![\w\-])"),
    )
