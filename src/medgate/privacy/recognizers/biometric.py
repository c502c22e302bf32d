"""Biometric identifiers recorded as IDs: fingerprint, retina/iris, palm-vein, voiceprint."""

from __future__ import annotations

from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer, id_like
from medgate.privacy.recognizers.common import labelled
from medgate.privacy.types import PhiType

LABELS = (
    r"fingerprint|finger[ \t]*print|retina(?:l)?(?:[ \t]*scan)?|iris(?:[ \t]*scan)?|"
    r"palm(?:[ \t\-]*vein)?|voice[ \t]*print|biometric|facial[ \t]*(?:scan|template)"
    r"(?:[ \t]+(?:template|scan|hash|id))?(?:[ \t]*\n[ \t]*(?=[A-Z0-9]))?"
)


class BiometricRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.BIOMETRIC
    patterns: ClassVar[tuple[Pattern, ...]] = (Pattern("labelled", labelled(LABELS)),)

    def validate(self, value: str, text: str, start: int) -> bool:
        return id_like(value)
