"""Wards and units named after people or places, written with their floor or number, where a note
moves a patient: "transfer to step-down (Farr 4)", "plan to 6 Ellison stepdown", "back to Blake 12".
Teaching hospitals name their buildings and wards after donors; the word alone may read as a
surname or an eponym ("Ellison": Zollinger-Ellison), so only the move and the number say it is a
place."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_NAME: Final = r"(?P<v>[A-Z][a-z]{2,}|[A-Z]{3,})"
# (each led by a character class with the word boundary read back, so the scan skips to capitals or
# digits instead of trying every position: the same matches as "\b" first)
_NAME_THEN_NUMBER: Final = re.compile(
    r"(?P<v>[A-Z](?<!\w[A-Z])(?:[a-z]{2,}|[A-Z]{2,}))"
    r"[ \t]+\d{1,2}[A-Za-z]?\b(?![./:%,]\d)(?![ \t]*(?i:mg|mcg|ml|g|units?|%)\b)"
)  # (not a dose: "ASA 81 mg")
_NUMBER_THEN_NAME: Final = re.compile(rf"\d(?<![\d./:]\d)(?<!\w\d)\d?[ \t]+{_NAME}\b")
# a move between units right before the ward (its preposition and unit words between): "transfer to
# step-down (", "back to", "plan d/c to" -- read back word by word (cheaper than a regex anchored at
# the end, tried from every place before)
_MOVES: Final = frozenset({
    "transfer", "transferred", "transferring", "xfer", "tx", "move", "moved", "moving", "back", "going", "sent",
    "admit", "admitted", "d/c", "discharge", "discharged", "accepted",
})  # fmt: skip
_TO: Final = frozenset({"to", "on", "onto", "into", "from"})
_UNIT_WORDS: Final = frozenset({"the", "step-down", "stepdown", "step", "down", "floor", "ward", "unit", "tele", "telemetry"})
# a unit's kind right after the name: "6 Ellison stepdown"
_UNIT_AFTER: Final = re.compile(r"(?i:[ \t]*\(?(?:step[- ]?down|stepdown|unit|ward|floor|tele(?:metry)?|icu|ccu|sdu|pcu)\b)")


def ward_spans(text: str, lex: Lexicon) -> list[Entity]:
    if not any(c.isdigit() for c in text):
        return []
    out: list[Entity] = []
    for rx in (_NAME_THEN_NUMBER, _NUMBER_THEN_NAME):
        for m in rx.finditer(text):
            if not _named_place_word(m.group("v"), lex):
                continue
            moved = _moved_before(text[max(0, m.start() - 48) : m.start()])
            if moved or (rx is _NUMBER_THEN_NAME and _UNIT_AFTER.match(text, m.end())):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out


def _moved_before(before: str) -> bool:
    words = before.rstrip(" \t(").lower().split()
    while words and words[-1] in _UNIT_WORDS:
        words.pop()
    if words and words[-1] in _TO:
        words.pop()
    return bool(words) and words[-1].lstrip("?(").rstrip(".,") in _MOVES  # (not "transfer:", a label)


def _named_place_word(word: str, lex: Lexicon) -> bool:
    """A word that may name a ward: a name, or no word of English or medicine ("Farr", "Ellison")."""
    low = word.lower()
    e = lex(low)
    if e.english or e.clinical or low in cues.UNITS or low in cues.SHORTHAND or low in cues.DEPARTMENTS:
        return False
    return e.name or e.zipf < 3.5
