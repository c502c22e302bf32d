"""In-house extensions and pagers: "x6-2718", "ext 3-1187", "Spectralink 3-7781", "vocera 2-9910",
"pgr 4471", "page JLM 3-2207", "paged 4-9021", "p 3-1160", "Dr. Rahman 2-5580". A hospital's short number is a phone all the same (the "x" glued to
it says only that it is one). Only a number of an extension's shape counts ("x4-5 days", "x2", "ext.
rotation" stay). A short extension after a phone number is its part too ("01 555 0123 ext 22"), and
four digits alone after "call me at" / "ring me on" where the sentence ends there ("call me at
5542."): no unit or time follows, and a 24-hour time ("call me at 1430.") stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.types import Entity, PhiType

# the number first, from its first character (the engine skips to it), then the label read back
_NUMBER: Final = re.compile(
    r"[xX\d](?<![\w\-/.][xX\d])(?:(?<=[xX])(?P<x>\d-\d{4}|\d{4,5})|(?<=\d)-\d{4})(?![\w\-/]|\.\d)"
)
_LABEL_BEFORE: Final = re.compile(
    r"(?<![\w\-])(?:(?i:ext\.?|extension|spectralink|vocera|pgr|pager|beeper|phone|cell|tel|ph)"
    # whom to page, by initials, before the number ("page JLM 3-2207", "pgr dk 4-1180")
    r"|(?i:page|paged|pager|pgr|vocera)[ \t]+[A-Za-z]{2,4}"
    # the page verb alone, or its one-letter note ("paged 4-9021", "p 3-1160", "p# 3-1160")
    r"|(?i:paged|page|p)"
    # the doctor paged, by name ("Dr. Rahman 2-5580", "DR. OKAFOR-LEE 2-5580")
    r"|(?:[Dd]r|DR)\.?[ \t]+[A-Z][A-Za-z'\-]+)[ \t]*[#:.]?[ \t]*\Z"
)

# an extension of any length after a phone number, its label with it: "... 0199 ext 22", "... 0142, extn 7"
_AFTER_PHONE: Final = re.compile(
    r"\d[\d \-]{6,}\d[ \t]*,?[ \t]*(?P<v>(?i:ext\.?|extn\.?|extension)[ \t]*#?[ \t]*\d{1,5})(?![\d\-/.])"
)

# four digits alone after whom to call, the sentence or the line ending on them
_CALL_ME: Final = re.compile(
    r"(?i:\b(?:call|ring|page|bleep|reach|phone|buzz)[ \t]+(?:me|us|him|her)[ \t]+(?:at|on)[ \t]+)"
    r"(?P<v>\d{4})(?=[ \t]*(?:[.,;!)]|\n|\Z|(?i:if|or|any|anytime|thanks|cheers)\b))(?![.,]\d)"
)
_WHOM: Final = (" me ", " us ", " Me ", " ME ", " US ")
# a signature's credential just before the extension ("- Brianna RN, x4-2256"): the "x" is the
# number's own label there, masked with it
_CREDENTIAL_BEFORE: Final = re.compile(r"\b(?P<c>[A-Za-z]{2,5})[ \t]*[,/][ \t]*\Z")


def _clock(digits: str) -> bool:
    """Four digits that read as a 24-hour time ("1430"): the caller's hour, not a line."""
    return int(digits[:2]) < 24 and int(digits[2:]) < 60


def extension_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    if "xt" in text or "XT" in text:
        out.extend(Entity.of(PhiType.PHONE, m, "v") for m in _AFTER_PHONE.finditer(text))
    for m in _CALL_ME.finditer(text) if any(w in text for w in _WHOM) else ():
        if not _clock(m.group("v")):
            out.append(Entity.of(PhiType.PHONE, m, "v"))
    for m in _NUMBER.finditer(text):
        if m.group("x") is not None:  # glued to its "x": the digits (and the "x" after a credential)
            c = _CREDENTIAL_BEFORE.search(text, max(0, m.start() - 10), m.start())
            whole = c is not None and c.group("c").lower() in cues.CREDENTIALS
            out.append(Entity.of(PhiType.PHONE, m) if whole else Entity.of(PhiType.PHONE, m, "x"))
        elif _LABEL_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None:
            out.append(Entity.of(PhiType.PHONE, m))
    return out
