"""E-mail addresses."""

from __future__ import annotations

from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer
from medgate.privacy.types import PhiType


class EmailRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.EMAIL
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "email",
            r"(?<![\w.+\-])[^\W_](?:[\w.%+\-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9\-]*"
            r"[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b",
        ),
    )
