"""A note signed on a line of its own by an initial, a surname and a credential ("P. Ramgoolam
RPN", "J. Okafor-Bell, RN"): the surname may be one no name list holds, and the line's shape says
it is the signer's. Not a clinical word in that place ("B. Cereus RN" is no one). A surname with
a saint's prefix ("R. ST. PIERRE, RN", "K. St. John RN") may close the note's last sentence on
its line, the initial with it (the prefix alone reads as a place's)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.line_starts import line_finditer
from medgate.privacy.types import Entity, PhiType

_CREDENTIAL: Final = r"(?:RN|RPN|RGN|EN|LPN|LVN|NP|CNA|HCA|RM|PG|MD|MO|RMO|JMO|HO|SHO|FY[12])"
_SIGNED_LINE: Final = re.compile(
    r"^[ \t]*(?P<v>[A-Z]\.[ \t]?(?P<s>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?))[ \t]*,?[ \t]+" + _CREDENTIAL + r"[ \t]*$",
    re.M,
)

# (led by the saint's prefix after an initial: rare, and read only where "st" is in the text)
_SAINT_SIGNED: Final = re.compile(
    r"(?:^|(?<=[.;:][ ])|(?<=[.;:][ ][ ]))[ \t]*(?P<v>[A-Z]\.[ \t]?(?:ST|St|SAINT|Saint|STE|Ste)\.?[ \t]+[A-Z][A-Za-z'’]+"
    r"(?:-[A-Z][A-Za-z'’]+)?)[ \t]*,?[ \t]+" + _CREDENTIAL + r"[ \t]*$",
    re.M,
)
# what every match of both scans holds: a credential ending its line (found from the credential's
# capital, where the scans above try every line's start)
_CREDENTIAL_AT_END: Final = re.compile(_CREDENTIAL + r"[ \t]*$", re.M)
# what every saint-signed match holds: the initial's dot, then the prefix's first two letters
_SAINT_AFTER_DOT: Final = re.compile(r"\.[ \t]?S[TtAa]")


def credential_signature_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "." not in text or _CREDENTIAL_AT_END.search(text) is None:
        return []
    out = [
        Entity.of(PhiType.NAME, m, "v")
        for m in line_finditer(_SIGNED_LINE, text)
        if not any(lex(part.lower()).clinical for part in m.group("s").split("-"))
    ]
    if ("St" in text or "ST" in text) and _SAINT_AFTER_DOT.search(text) is not None:
        out.extend(Entity.of(PhiType.NAME, m, "v") for m in _SAINT_SIGNED.finditer(text))
    return out
