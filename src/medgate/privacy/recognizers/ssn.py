"""US Social Security numbers: dashed shapes with SSA range rules, any 9 digits after a label."""

from __future__ import annotations

from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer
from medgate.privacy.types import PhiType

LABEL = r"(?i:\b(?:ssn|ss[ \t]*#|ss[ \t]*no\.?|soc(?:ial)?[ \t]+sec(?:urity)?(?:[ \t]*(?:#|no\.?|number))?))"


class SsnRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.SSN
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "labelled",
            rf"{LABEL}[ \t]*[:#]?[ \t]*(?P<v>\d{{3}}[\- .]?\d{{2}}[\- .]?\d{{4}}|(?i:x{{3}})-(?i:x{{2}})-\d{{4}})(?!\d)",
        ),
        Pattern("dashed", r"(?<![\d\-])(?P<v>\d{3}(?P<s>[\- ])\d{2}(?P=s)\d{4})(?![\d\-])"),
    )

    def validate(self, value: str, text: str, start: int) -> bool:
        digits = "".join(c for c in value if c.isdigit())
        if len(digits) == 4:  # masked "XXX-XX-1234"
            return True
        area, group, serial = digits[:3], digits[3:5], digits[5:]
        return not (area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000")
