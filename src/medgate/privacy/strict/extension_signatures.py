"""A signature whose extension follows it in brackets: "Cheers, Tom (ext 6512)", "Thanks, Grace
(x4471)", "Regards, Will (bleep 2207)". The bracketed line to call says the word before it is the
writer, even where it is an English word ("Will", "Hope"); a role or a desk there ("Thanks, Ward 4
(ext 2210)", "Cheers, Pharmacy (x3301)") stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.strict.closings import NOT_NAMES
from medgate.privacy.types import Entity, PhiType

_NAME: Final = r"[A-Z][a-z'’]{1,14}(?:-[A-Z][a-z]{1,14})?"
_RX: Final = re.compile(
    r"(?<![\w'’])(?i:cheers|thanks|thank[ ]you|thx|ta|regards|kind[ ]regards|best|many[ ]thanks|rgds|bw|kr)[,.!]?[ \t]*\n?[ \t]*"
    rf"(?P<v>{_NAME}(?:[ ]{_NAME})?)[ \t]*\((?i:ext\.?|extn\.?|extension|x|bleep|pager|pgr|vocera|tel|ph)[ .:#]*\d"
)
# (the bracketed line is found first, led by its bracket; the signature is read back before it)
_BRACKET: Final = re.compile(r"\((?i:ext\.?|extn\.?|extension|x|bleep|pager|pgr|vocera|tel|ph)[ .:#]*\d")
_ROLES: Final = cues.DEPARTMENTS | cues.TITLES | cues.KIN | NOT_NAMES | frozenset(
    {"ward", "reception", "switchboard", "pharmacy", "admin", "team", "desk", "office", "clinic", "unit"}
)


def extension_signature_spans(text: str) -> list[Entity]:
    if "(" not in text:
        return []
    out: list[Entity] = []
    for b in _BRACKET.finditer(text):
        m = _RX.search(text, max(0, b.start() - 60), b.end())
        if m is not None and m.end() == b.end() and m.group("v").split()[0].lower() not in _ROLES:
            out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
