"""Counties and parishes: "Travis County", "Orleans Parish" (the name part is the identifier)."""

from __future__ import annotations

from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer
from medgate.privacy.types import PhiType
from medgate.privacy.vocab import CLINICAL_WORDS


class CountyRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.COUNTY
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "suffix",
            r"\b(?P<v>(?:St\.[ \t]+)?[A-Z][a-z]+(?:['’\-][A-Za-z]+)?(?:[ \t]+[A-Z][a-z]+)?)"
            r"[ \t]+(?:County|Parish|Borough)\b"
            # in capitals, as court notices print it: "CIRCUIT COURT OF COOK COUNTY"
            r"|\b(?P<w>[A-Z]{3,}(?:[ \t]+[A-Z]{3,})?)[ \t]+(?:COUNTY|PARISH)\b(?!\.?[ \t]*(?:HOSPITAL|GENERAL|MEDICAL))",
        ),
    )

    def validate(self, value: str, text: str, start: int) -> bool:
        return value.split()[0].title() not in CLINICAL_WORDS or value.startswith("St.")
