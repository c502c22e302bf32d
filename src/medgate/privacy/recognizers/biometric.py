"""Biometric identifiers recorded as IDs: fingerprint, retina/iris, palm-vein, voiceprint."""

from __future__ import annotations

from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer, id_like
from medgate.privacy.recognizers.common import labelled
from medgate.privacy.types import PhiType

LABELS = (
    r"fingerprint|finger[ \t]*print|retina(?:l)?(?:[ \t]*scan)?|iris(?:[ \t]*scan)?|"
    r"palm(?:[ \t\-]*vein)?|voice[ \t]*print|biometric|facial[ \t]*(?:scan|template)"
)
# "fingerprint template", "biometric template ID": the noun after the biometric word
LABELS = rf"(?:{LABELS})(?:[ \t]+(?:template|scan|hash|enrol(?:l?ment)?|id|code))*"


class BiometricRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.BIOMETRIC
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern("labelled", labelled(LABELS, next_line=True)),
    )

    def validate(self, value: str, text: str, start: int) -> bool:
        return id_like(value)
