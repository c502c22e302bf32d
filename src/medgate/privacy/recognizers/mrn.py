"""Medical record numbers: any value with a digit after an MRN-style label."""

from __future__ import annotations

import re
from typing import ClassVar, Final

from medgate.privacy.recognizers.base import Pattern, Recognizer, id_like
from medgate.privacy.recognizers.common import labelled
from medgate.privacy.types import PhiType

LABELS = (
    r"mrn|mr[ \t]*#|mr[ \t]*no|med(?:ical)?\.?[ \t]*rec(?:ord)?s?\.?(?:[ \t]*(?:number|no|#))?|"
    r"patient[ \t]*id|hosp[ \t]*(?:#|no|number|id)|case[ \t]*note[ \t]*(?:#|no)|pt[ \t]*id|hospital[ \t]*(?:#|no|number|id)|chart[ \t]*(?:#|no|number)?|"
    r"unit[ \t]*(?:#|no|number)|emr[ \t]*(?:#|id)|epic[ \t]*(?:#|id)|"
    # local labels: India's UHID and in-patient number ("IP no. 23/118842", "IP No: 2023/IP/07731"),
    # "Hosp. No.", Australia's unit record ("UR 774 2013", upper case only: "ur" is chat for "your")
    r"uhid|ip[ \t]*(?:no|number|#)|hosp\.[ \t]*(?:#|no|number|id)|in-?patient[ \t]*(?:no|number|#)|"
    r"(?-i:UR|U/R|URN)|folder[ \t]*(?:#|no|number)|file[ \t]*(?:#|no|number)"
)


class MrnRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.MRN
    patterns: ClassVar[tuple[Pattern, ...]] = (Pattern("labelled", labelled(LABELS)),)
    # Kenya's out-patient number ("OP No. KNH/2291/19"); New Zealand's NHI ("NHI: ABC1234", not
    # "NHIF", Kenya's insurer): found from the label word
    scans: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "local",
            labelled(r"op[ \t]*(?:no|number|#)|opd[ \t]*(?:no|number|#)|nhi"),
            cues=("op", "nhi"),
            anchored=True,
        ),
    )

    def validate(self, value: str, text: str, start: int) -> bool:
        if _IPV4.fullmatch(value):
            return False  # "IP no. 10.2.3.4" is an address of a machine (the IP recogniser's)
        return id_like(value) or not _plausible_date(value)


_IPV4: Final = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_PARTS: Final = re.compile(r"(\d{1,4})[/\-.](\d{1,4})(?:[/\-.](\d{2,4}))?")


def _plausible_date(value: str) -> bool:
    """A slash or dash value after a hospital-number label is a number unless it could be a date:
    "0873/21" (no month 873, no year 0873) is one; "03/21" or "2021/03" could be a date."""
    m = _PARTS.fullmatch(value)
    if m is None:
        return False
    parts = [p for p in m.groups() if p is not None]
    if any(len(p) == 4 and not 1900 <= int(p) <= 2100 for p in parts):
        return False
    return any(len(p) <= 2 and 1 <= int(p) <= 12 for p in parts)
