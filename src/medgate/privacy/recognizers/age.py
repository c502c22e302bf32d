"""Ages over 89 ("92-year-old", "92 yo", "age 92", "Age: 92", "92 years of age")."""

from __future__ import annotations

from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer
from medgate.privacy.types import PhiType

OLD = r"(?:9\d|1[0-2]\d)"


class AgeRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.AGE
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "years_old",
            rf"(?i:\b(?P<v>{OLD})[ \t\-]*(?:years?|yrs?|y)[ \t.\-]*(?:/[ \t]*)?o(?:ld)?\.?(?![a-z]))",
        ),
        Pattern("of_age", rf"(?i:\b(?P<v>{OLD})[ \t\-]*(?:years?|yrs?)[ \t]+of[ \t]+age)"),
        Pattern("age_label", rf"(?i:\b(?:age|aged)[ \t]*[:\-]?[ \t]*(?P<v>{OLD})\b(?![./]\d))"),
    )
