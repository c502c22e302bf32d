"""In-house extensions and pagers: "x6-2718", "ext 3-1187", "Spectralink 3-7781", "vocera 2-9910",
"pgr 4471". A hospital's short number is a phone all the same (the "x" glued to it says only that it
is one). Only a number of an extension's shape counts ("x4-5 days", "x2", "ext. rotation" stay)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_EXTENSION: Final = re.compile(
    r"(?<![\w\-/.])(?:"
    r"[xX](?P<x>\d-\d{4}|\d{4,5})"  # glued: "x6-2718", "x62718"
    r"|(?i:ext\.?|extension|spectralink|vocera|pgr|pager|beeper|phone|cell|tel|ph)[ \t]*[#:.]?[ \t]*"
    r"(?P<d>\d-\d{4})"
    r")(?![\w\-/]|\.\d)"
)


def extension_spans(text: str) -> list[Entity]:
    if "-" not in text and "x" not in text and "X" not in text:
        return []
    return [Entity.of(PhiType.PHONE, m, "x" if m.group("x") else "d") for m in _EXTENSION.finditer(text)]
