"""The church someone serves, told after a church role and "at" or "of", in any case: "pt was a
deacon at holy redeemer", "elder at Bethel AME", "parishioner of st brendan's" ("of" only after a role that is the church's alone: "elder of
twins", "minister of finance" stay). The words to the
clause's end are its name (at most three); a church told by its kind or with a determiner ("deacon
at his church", "usher at the local chapel") names no one."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import may_hold

_PARISH: Final = re.compile(
    r"(?i:\b(?:(?:deacon|deaconess|elder|pastor|minister|priest|vicar|parishioner|usher|choir[ \t]?master|sacristan|churchwarden)"
    r"[ \t]+at|(?:deacon|deaconess|pastor|priest|vicar|parishioner|churchwarden)[ \t]+of)[ \t]+)"
    r"(?P<v>(?:(?i:st)\.|[A-Za-z][A-Za-z'’\-]*)(?:[ \t]+[A-Za-z][A-Za-z'’\-]*){0,3}?)(?=[ \t]*(?:[,;:()\n]|\.(?:\s|$)|$|[ \t]+(?i:for|since|until|and|in|on|where|who|but|when)\b))"
)
_CUES: Final = ("deacon", "elder", "pastor", "minister", "priest", "vicar", "parish", "usher", "choir", "sacristan", "warden")
# a church by its kind, or one the sentence points at, is no one's parish
_NOT_NAMES: Final = frozenset({
    "the", "a", "an", "his", "her", "their", "our", "my", "local", "church", "chapel", "mosque", "temple",
    "synagogue", "parish", "cathedral", "mass", "services", "home", "work", "health", "state", "large", "heart",
})  # fmt: skip


def parish_name_spans(text: str) -> list[Entity]:
    if not may_hold(text, lowered(text), _CUES):  # (a case-blind scan for the cue cost more than the pass)
        return []
    out: list[Entity] = []
    for m in _PARISH.finditer(text):
        words = m.group("v").lower().split()
        if words[0] in _NOT_NAMES or all(w in _NOT_NAMES for w in words):
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
