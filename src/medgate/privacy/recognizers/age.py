"""Ages over 89 ("92-year-old", "92 yo", "age 92", "Age: 92", "92 years of age")."""

from __future__ import annotations

from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer
from medgate.privacy.types import PhiType

OLD = r"(?:9\d|1[0-2]\d)"
_UNITS_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
OLD_WORDS = rf"(?:ninety(?:[ \t\-]{_UNITS_WORDS})?|(?:a|one)[ \t]+hundred(?:[ \t]+and)?(?:[ \t\-]+{_UNITS_WORDS})?)"


class AgeRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.AGE
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "years_old",
            rf"(?i:\b(?P<v>{OLD})[ \t\-]*(?:years?|yrs?|y)[ \t.\-]*(?:/[ \t]*)?o(?:ld)?\.?(?![a-z]))",
        ),
        Pattern("of_age", rf"(?i:\b(?P<v>{OLD})[ \t\-]*(?:years?|yrs?)[ \t]+of[ \t]+age)"),
        # "ninety-three-year-old", "he's ninety four", "age ninety-one"
        Pattern(
            "words_old",
            rf"(?i:\b(?P<v>{OLD_WORDS})(?=[ \t\-]*(?:years?|yrs?|y)[ \t.\-]*/?[ \t]*o))",
        ),
        Pattern(
            "words_cued",
            rf"(?i:\b(?:is|he's|she's|age|aged|turned|turns)[ \t]+(?P<v>{OLD_WORDS})\b)"
            r"(?![ \t\-]*(?i:percent|%|minutes|min|mg|mcg|ml|units|beats|bpm|seconds|days))",
        ),
        Pattern("age_label", rf"(?i:\b(?:age|aged)[ \t]*[:\-]?[ \t]*(?P<v>{OLD})\b(?![./]\d))"),
    )
