"""An appointment's month and day told with a space, before its time, as notes typed without
punctuation give them: "NEXT APPT CARDIOLOGY CLINIC 4 15 AT 0930", "f/u 11 3 at 10:30". The time
after it and the appointment's word before it make the pair a date; "BP 4 15 at rest", "gave 2 10
at 0900" (no appointment word) and "clinic 4 15 patients at 0930" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"(?i:\b(?:appt|appointment|clinic|f/?u|follow[- ]?up|visit|review|due|booked|surgery|scan)[ ]+)"
    r"(?P<v>(?:1[0-2]|0?[1-9])[ ](?:[12]\d|3[01]|0?[1-9]))[ ]+(?i:at|@)[ ]*(?:[01]?\d|2[0-3]):?[0-5]\d\b"
)


# what every match holds, found from its first digit (the case-blind words before it would be tried at
# every position of every text)
# (the month's alternatives read after its first digit: a digit first, which the scan skips to)
_PAIR_AT: Final = re.compile(r"[0-9](?:(?<=1)[0-2]|(?<=0)[1-9]|(?<=[1-9]))[ ](?:[12]\d|3[01]|0?[1-9])[ ]+(?i:at|@)")


def spaced_date_spans(text: str) -> list[Entity]:
    if _PAIR_AT.search(text) is None:
        return []
    return [Entity.of(PhiType.DATE, m, "v") for m in _RX.finditer(text)]
