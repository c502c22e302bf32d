"""Certificate and licence numbers: driver licence, state/medical licence, DEA, NPI."""

from __future__ import annotations

import re
from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer, id_like
from medgate.privacy.recognizers.common import labelled
from medgate.privacy.types import PhiType

LABELS = (
    r"dl|driver'?s?[ \t]*lic(?:ense|ence)?|lic(?:ense|ence)?|state[ \t]*lic(?:ense|ence)|"
    r"medical[ \t]*lic(?:ense|ence)|dea|npi|certificate|cert|board[ \t]*cert(?:ification)?|"
    r"permit|registration|reg|cdl|commercial[ \t]*driver'?s?[ \t]*lic(?:ense|ence)?|nrcme|"
    r"registry[ \t]*(?:no\.?|number|#)|prov(?:ider)?\.?[ \t]*(?:no|number|#)|prescriber[ \t]*(?:no|number|#)|"
    r"gmc|nmc(?:[ \t]*pin)?|ahpra|hcpc|lcsw|lmft|lpc|npi"
)
# Medical and dental councils' registration numbers written with the council's initials and slashes:
# "MDCN/R/61024" (Nigeria), "PMDC/12345-P" (Pakistan), "KMPDC/A1234" (Kenya), "HPCSA MP0123456".
_COUNCILS = ("MDCN", "PMDC", "KMPDC", "HPCSA", "SLMC", "NMCN", "MDC", "MCI", "DMC")
_COUNCIL = "(?:" + "|".join(_COUNCILS) + ")"


class LicenseRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.LICENSE
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern("labelled", labelled(LABELS)),
        Pattern("dea", r"\b(?P<v>[ABFGMPRX][A-Z9]\d{7})\b"),
        Pattern("council", rf"(?<![\w/])(?P<v>{_COUNCIL}/[A-Z0-9][A-Z0-9/\-]{{1,14}}\d(?:-[A-Z])?)(?![\w/])"),
    )

    def validate(self, value: str, text: str, start: int) -> bool:
        council, _, rest = value.partition("/")
        if rest and council in _COUNCILS:
            return not re.fullmatch(r"(?:19|20)\d\d", rest)  # "the MCI/2019 guidelines"
        if _DEA.fullmatch(value):
            return dea_valid(value) or (id_like(value) and _labelled(text, start))
        return id_like(value)


_DEA = re.compile(r"[ABFGMPRX][A-Z9]\d{7}")


def _labelled(text: str, start: int) -> bool:
    return bool(re.search(r"(?i:dea|lic|npi|cert)", text[max(0, start - 25) : start]))


def dea_valid(value: str) -> bool:
    """DEA registration check digit: (d1+d3+d5) + 2*(d2+d4+d6) ends in d7."""
    d = [int(c) for c in value[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]
