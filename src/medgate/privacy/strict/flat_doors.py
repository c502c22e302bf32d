"""A home's number written the way two places write it, with the street it stands on: an Indian
door number ("D.No. 11-4-27, Gandhi Road", "Door No 4-56, Nehru Street") and a Scottish
tenement flat by floor and position before the close's number ("flat 2/1, 88 hilltown", "Flat
0/2, 14 Gallowgate"). The label or the flat's floor/position says an address follows, so the
street is taken with it even in lower case or without a street type; the label goes too (the
set's readers take "D.No." as part of the address). Up to three words, to a comma or a line's end."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_STREET: Final = r"(?!(?i:was|is|in|the|and|at|of|to|on|was|has|left|open)\b)[A-Za-z][a-z'’\-]+(?:[ \t]+[A-Za-z][a-z'’\-]+){0,2}"
_TYPE: Final = r"(?i:road|rd|street|st|lane|marg|nagar|colony|bazaar|galli|peth)"
_RX: Final = re.compile(  # (led by the class of its first letters, which the regex engine skips to)
    r"[DdFf](?<!\w.)(?:(?<=[Dd])"
    # "D.No. 11-4-27, Gandhi Road", "Door No: 4-56/A Nehru Street"
    rf"(?:\.[ \t]?[Nn][Oo]|oor[ \t]+[Nn]o|(?<=D)OOR[ \t]+NO)\.?[ \t]*:?[ \t]*\d{{1,4}}(?:[-/]\d{{1,4}}){{0,3}}(?:[-/]?[A-Za-z]\b)?"
    rf"(?:,[ \t]*{_STREET}|[ \t]+{_STREET}[ \t]+{_TYPE})?(?=[ \t]*(?:[,.;|\n]|$))"
    # "flat 2/1, 88 hilltown"
    rf"|(?<=[Ff])(?i:lat)[ \t]+\d/\d,?[ \t]+\d{{1,4}}[A-Za-z]?[ \t]+{_STREET}(?=[ \t]*(?:[,.;\n]|$)))"
)


def flat_door_spans(text: str) -> list[Entity]:
    if "o" not in text and "O" not in text:
        return []
    return [Entity.of(PhiType.ADDRESS, m) for m in _RX.finditer(text)]
