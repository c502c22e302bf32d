"""Other unique identifiers after a label: accession, specimen, Rx, study, case, order, passport."""

from __future__ import annotations

from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer, id_like
from medgate.privacy.recognizers.common import labelled
from medgate.privacy.types import PhiType

LABELS = (
    r"accession|acc|specimen|sample|rx|prescription|script|study|subject|participant|trial|case|"
    r"ref|reference|order|requisition|req|lab[ \t]*id|record[ \t]*locator|employee|badge|passport|"
    r"report[ \t]*(?:no\.?|number|#)|incident[ \t]*(?:no\.?|number|#)|booking[ \t]*ref|"
    r"emp[ \t]*#|staff[ \t]*(?:#|no\.?|id)|run[ \t]*(?:#|no\.?|number)|form[ \t]*(?:#|no\.?|number)|"
    r"(?:va[ \t]*)?file[ \t]*(?:#|no\.?|number)|claim|"
    r"student|confirmation|ticket|tracking|barcode|wristband|identifier|id|"
    r"pan|aadhaar|national[ \t]*id|tax[ \t]*(?:id|no\.?|number|code)|tin|nino|bsn|personnummer|"
    r"steuer-?id|codice[ \t]*fiscale|nif|nie|dni|curp|rfc|cpf"
)


class OtherIdRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.OTHER_ID
    patterns: ClassVar[tuple[Pattern, ...]] = (Pattern("labelled", labelled(LABELS)),)

    def validate(self, value: str, text: str, start: int) -> bool:
        return id_like(value)


class CredentialRecognizer(Recognizer):
    """A user name or password after its label ("username: jsmith1987", "password is hunter2"):
    whatever the value looks like, it is the one token after the label."""

    entity: ClassVar[PhiType] = PhiType.OTHER_ID
    patterns: ClassVar[tuple[Pattern, ...]] = (Pattern("credential", (
        r"(?i:\b(?:user[ \t]?name|user[ \t]?id|login(?:[ \t]?id)?|log-in|pass(?:word|code|phrase)|passwd|pwd"
        r"|user(?==)|uid(?==)|account(?==))"
        r"(?![A-Za-z]))[ \t]*(?:[:=][ \t]*|is[ \t]+|was[ \t]+)[\"'“‘]?"
        r"(?P<v>[^\s\"'”’]{3,64}?)[\"'”’]?(?=[.,;:!?)]?(?:\s|$))")),)
