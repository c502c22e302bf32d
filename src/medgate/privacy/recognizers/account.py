"""Account, encounter, billing and claim numbers after a label cue."""

from __future__ import annotations

from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer, id_like
from medgate.privacy.recognizers.common import labelled
from medgate.privacy.types import PhiType

LABELS = (
    r"acct|account|fin|encounter|enc|csn|visit|billing|claim|invoice|har|guarantor[ \t]*(?:#|id)|"
    r"financial[ \t]*(?:#|no|number)|bank[ \t]*account|routing|credit[ \t]*card|card"
)


class AccountRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.ACCOUNT
    patterns: ClassVar[tuple[Pattern, ...]] = (Pattern("labelled", labelled(LABELS)),)

    def validate(self, value: str, text: str, start: int) -> bool:
        return id_like(value)
