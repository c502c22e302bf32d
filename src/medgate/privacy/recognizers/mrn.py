"""Medical record numbers: any value with a digit after an MRN-style label."""

from __future__ import annotations

from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer, id_like
from medgate.privacy.recognizers.common import labelled
from medgate.privacy.types import PhiType

LABELS = (
    r"mrn|mr[ \t]*#|mr[ \t]*no|med(?:ical)?\.?[ \t]*rec(?:ord)?s?\.?(?:[ \t]*(?:number|no|#))?|"
    r"patient[ \t]*id|hosp[ \t]*(?:#|no|number|id)|case[ \t]*note[ \t]*(?:#|no)|pt[ \t]*id|hospital[ \t]*(?:#|no|number|id)|chart[ \t]*(?:#|no|number)?|"
    r"unit[ \t]*(?:#|no|number)|emr[ \t]*(?:#|id)|epic[ \t]*(?:#|id)"
)


class MrnRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.MRN
    patterns: ClassVar[tuple[Pattern, ...]] = (Pattern("labelled", labelled(LABELS)),)

    def validate(self, value: str, text: str, start: int) -> bool:
        return id_like(value)
