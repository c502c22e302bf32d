"""ZIP codes: five digits (or ZIP+4) after a state or a "ZIP" label."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import ClassVar, Final

from medgate.privacy.recognizers.base import Pattern, Recognizer, Span
from medgate.privacy.recognizers.common import STATE
from medgate.privacy.types import PhiType

UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ ]\d[ABD-HJLNP-UW-Z]{2}"
CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ ]\d[ABCEGHJ-NPRSTV-Z]\d"
# An Irish Eircode without its label: a routing key and a four-character identifier that mixes
# letters and digits ("H91 X2C4", "D24 K7X3"; not a TNM stage such as "T2N0")
EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ ](?!T\dN\d)(?=[0-9A-Z]*[A-Z])(?=[0-9A-Z]*\d)[0-9AC-FHKNPRTV-Y]{4}"
# UK "HR8 2LP" / "SA19 6HN", Canadian "H2X 3K4" and Irish "H91 X2C4" (the space is required); a
# separate scan, the three shapes written after their first capital, which the regex engine skips
# to (a lookahead first would not let it; tests/privacy/test_led_scans.py holds it to the three);
# the boundary is checked after
_POSTCODE: Final = re.compile(
    r"[A-Z](?:[A-Z]?\d[A-Z\d]?[ ]\d[ABD-HJLNP-UW-Z]{2}"
    r"|(?<=[ABCEGHJ-NPRSTVXY])\d[ABCEGHJ-NPRSTV-Z][ ]\d[ABCEGHJ-NPRSTV-Z]\d"
    r"|(?:(?<=[AC-FHKNPRTV-Y])\d{2}|(?<=D)6W)[ ](?!T\dN\d)(?=[0-9A-Z]*[A-Z])(?=[0-9A-Z]*\d)[0-9AC-FHKNPRTV-Y]{4})"
    r"(?![\w\-])"
)


class ZipRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.ZIP
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "labelled",
            r"(?i:\b(?:zip|zip[ \t]*code|zipcode|postal[ \t]*code))[ \t]*[:#\-]?[ \t]*"
            r"(?P<v>\d{5}(?:-\d{4})?)(?![\w\-])",
        ),
        Pattern("after_state", rf"\b{STATE}\.?,?[ \t]+(?P<v>\d{{5}}(?:-\d{{4}})?)(?![\w\-])"),
        # Irish Eircodes after their label: a routing key and a four-character identifier ("V95 K2T6")
        Pattern(
            "eircode",
            r"(?i:\beircode)[ \t]*[:#\-]?[ \t]*(?i:is[ \t]+)?(?P<v>(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4})(?![\w\-])",
        ),
        # Australian postcodes after the state: "NSW 2830", "Toowoomba QLD 4350", "Vic 3000"
        Pattern(
            "after_au_state",
            r"\b(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)\.?,?[ \t]+(?P<v>\d{4})(?![\w\-/:]|\.\d)",
        ),
        # Dutch postcodes, four digits and two capitals, after a comma or at a line's start and
        # before the town: ", 2011 HK Haarlem" (F, I, O, Q, U, Y are never used: not "1000 IU")
        Pattern(
            "nl_postcode",
            r"(?:(?<=,[ \t])|(?<=^)|(?<=\n))(?P<v>[1-9]\d{3}[ ]?(?!SA|SD|SS)"
            r"(?!MG|ML|GM|HR|MM|CM|KG|PM|AM|BD|NG|SC|PR|DL|MCG)[A-EGHJ-NPRSTVWXZ]{2})"
            r"(?=[ \t]+[A-Z][a-z])",
        ),
    )

    def post(self, text: str, found: Sequence[Span]) -> Iterable[Span]:
        return [
            (PhiType.ZIP, *m.span())
            for m in _POSTCODE.finditer(text)
            if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-")
        ]
