"""Device identifiers and serial numbers: serial/SN/UDI/lot labels and GS1 UDI strings."""

from __future__ import annotations

from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer, id_like
from medgate.privacy.recognizers.common import labelled
from medgate.privacy.types import PhiType

LABELS = (
    r"serial(?:[ \t]*(?:no\.?|number|#))?|ser|s/n|sn|device(?:[ \t]*(?:id|serial))?|udi|implant(?:[ \t]*(?:id|serial))?|"
    r"pacemaker(?:[ \t]*(?:id|serial))?|model/serial|lot|generator[ \t]*(?:id|serial)|"
    r"pump[ \t]*(?:id|serial)|icd[ \t]*(?:id|serial)"
)


class DeviceRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.DEVICE
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern("labelled", labelled(LABELS, next_line=True)),
        Pattern("udi", r"(?P<v>\(01\)\d{14}(?:\(\d{2}\)[A-Za-z0-9\-]+)*)"),
    )

    def validate(self, value: str, text: str, start: int) -> bool:
        return id_like(value)
