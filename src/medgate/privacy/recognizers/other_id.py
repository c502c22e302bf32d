"""Other unique identifiers after a label: accession, specimen, Rx, study, case, order, passport."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import ClassVar, Final

from medgate.privacy.recognizers.base import Pattern, Recognizer, Span, id_like
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
        return id_like(value) and _DOSE_AFTER.match(text, start + len(value)) is None


# A number with its unit after "order", "script", "rx" is the dose ordered ("new order 500 ml LR
# bolus", "rx 250 mg"), not the order's number
_DOSE_AFTER: Final = re.compile(r"(?i:[ \t]*(?:mg|mcg|g|kg|ml|cc|l|units?|u|meq|mmol|iu|ml/hr|cc/hr|mls)\b)")


class CredentialRecognizer(Recognizer):
    """A user name or password after its label ("username: jsmith1987", "password is hunter2"):
    whatever the value looks like, it is the one token after the label."""

    entity: ClassVar[PhiType] = PhiType.OTHER_ID
    patterns: ClassVar[tuple[Pattern, ...]] = (Pattern("credential", (
        r"(?i:\b(?:user[ \t]?name|user[ \t]?id|login(?:[ \t]?id)?|log-in|pass(?:word|code|phrase)|passwd|pwd"
        r"|user(?==)|uid(?==)|account(?==))"
        r"(?![A-Za-z]))[ \t]*(?:[:=][ \t]*|is[ \t]+|was[ \t]+)[\"'“‘]?"
        r"(?!(?i:user[ \t]?name|user[ \t]?id|login|password|passcode)\b)"  # (not the next label)
        r"(?P<v>[^\s\"'”’]{3,64}?)[\"'”’]?(?=[.,;:!?)]?(?:\s|$))")),)


class HandleRecognizer(Recognizer):
    """A portal or app user name in running text: a token joining letters and digits with an
    underscore anywhere ("bee_rossi09"), or a handle after "signed up as", "username", "handle" or
    before "on your portal/app" ("as bigdaz_1978", "(jsmith1987 on your portal)"). Outside an
    underscore, a handle needs three letters and three digits ("B12", "covid19" are not)."""

    entity: ClassVar[PhiType] = PhiType.OTHER_ID
    scans: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "underscored",
            r"(?<![\w.\-/])(?<!\w@)(?P<v>[A-Za-z0-9][A-Za-z0-9.]*_[A-Za-z0-9_.]*[A-Za-z0-9])(?![\w@\-/]|\.\w)",
            cues=("_",),
        ),
        Pattern(
            "after_cue",
            r"(?i:\b(?:as|user[ \t]?name|handle|screen[ \t]?name|alias|gamertag))[ \t]+[@\"'“]?"
            r"(?=[A-Za-z][A-Za-z.]*[\d_])(?P<v>[A-Za-z][A-Za-z0-9._]{2,30}[A-Za-z0-9])(?![\w@\-/])",
            cues=("as ", "user", "screen", "handle", "alias", "gamertag"),
            anchored=True,
        ),
    )

    def post(self, text: str, found: Sequence[Span]) -> Iterable[Span]:
        """A handle right before "on your portal" / "on the app": found from the cue backwards."""
        if "portal" not in text and " app" not in text and "Portal" not in text:
            return []
        out: list[Span] = []
        for m in _PORTAL_AFTER.finditer(text):
            h = _HANDLE_BEFORE.search(text, max(0, m.start() - 33), m.start())
            value = h.group() if h is not None else ""
            # the cue is strong: any letters-and-digits token ("sunnyday77") or underscored one
            if h is not None and any(c.isdigit() or c == "_" for c in value) and value[0].isalpha():
                out.append((self.entity, h.start(), h.end()))
        return out

    def validate(self, value: str, text: str, start: int) -> bool:
        letters = sum(c.isalpha() for c in value)
        digits = sum(c.isdigit() for c in value)
        if "_" in value:  # "max_tokens" in a message is a setting's name, unless a cue says handle
            cued = _CUE_BEFORE.search(text, max(0, start - 16), start) or _PORTAL_AFTER.match(
                text, start + len(value)
            )
            return letters >= 2 and (digits > 0 or cued is not None)
        # letters and digits: at least three letters and two digits ("jsmith1987", not "B12",
        # "covid19" is a word with a number: needs three digits)
        return letters >= 3 and digits >= 3 and value[0].isalpha()


_CUE_BEFORE: Final = re.compile(
    r"(?i:\b(?:as|user[ \t]?name|handle|alias|instagram|insta|ig|tiktok|twitter|snapchat|snap|"
    r"facebook|fb|threads|telegram)(?:[ \t]+(?:is|was)|[ \t]*:)?[ \t]+[@\"'“]?)$"
)
_PORTAL_AFTER: Final = re.compile(r"[ \t]+on[ \t]+(?:your|the|my|our)[ \t]+(?:portal|app)\b")
_HANDLE_BEFORE: Final = re.compile(r"(?<![\w@.\-/])[A-Za-z][A-Za-z0-9._]{2,30}[A-Za-z0-9]$")
