"""ZIP codes: five digits (or ZIP+4) after a state or a "ZIP" label."""

from __future__ import annotations

from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer
from medgate.privacy.recognizers.common import STATE
from medgate.privacy.types import PhiType

UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ ]\d[ABD-HJLNP-UW-Z]{2}"
CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ ]\d[ABCEGHJ-NPRSTV-Z]\d"


class ZipRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.ZIP
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "labelled",
            r"(?i:\b(?:zip|zip[ \t]*code|zipcode|postal[ \t]*code))[ \t]*[:#\-]?[ \t]*"
            r"(?P<v>\d{5}(?:-\d{4})?)(?![\w\-])",
        ),
        # UK postcode "HR8 2LP" / "SA19 6HN" and Canadian "H2X 3K4" (the space is required)
        Pattern("uk", rf"(?<![\w\-])(?P<v>{UK_POSTCODE})(?![\w\-])"),
        Pattern("ca", rf"(?<![\w\-])(?P<v>{CA_POSTCODE})(?![\w\-])"),
        Pattern("after_state", rf"\b{STATE}\.?,?[ \t]+(?P<v>\d{{5}}(?:-\d{{4}})?)(?![\w\-])"),
    )
