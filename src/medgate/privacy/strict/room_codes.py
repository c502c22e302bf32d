"""A room or bed written as a unit's code after its word: "RM 6E-14", "bed 3s-09", "Room B4-12".
The code (a floor or wing letter with the room's number, joined by a hyphen) places the patient in
one building; a bare number after "bed" ("bed 2", "HOB 30") and a level ("bed 3", "room air") stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

# the code found from its hyphen ("-14"), its head read back ("6E", "B4"), then the word before it
_TAIL: Final = re.compile(r"-\d{1,3}(?![\w\-/])")
_HEAD: Final = re.compile(r"\d{1,2}[A-Za-z]{1,2}|[A-Za-z]{1,2}\d{1,2}")
_WORD_BEFORE: Final = re.compile(r"(?<![\w\-])(?i:rm|room|bed|bay)\.?[ \t]*#?[ \t]*\Z")


def room_code_spans(text: str) -> list[Entity]:
    if "-" not in text:
        return []
    out: list[Entity] = []
    for m in _TAIL.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1].isalnum() and m.start() - start < 5:
            start -= 1
        if start == m.start() or (start > 0 and text[start - 1] in "-/._") or not _HEAD.fullmatch(text, start, m.start()):
            continue
        if _WORD_BEFORE.search(text, max(0, start - 8), start) is not None:
            out.append(Entity(PhiType.LOCATION, start, m.end(), text[start : m.end()]))
    return out
