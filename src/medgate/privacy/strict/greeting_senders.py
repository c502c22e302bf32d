"""A message that opens on its addressee and its writer: "Hi Will - Faith here", "Morning Grace,
Hope here from ward 3". The writer's "here" tells the greeting's word is a person, even where it is
an English word ("Will", "Grace"); "Hi team - Sam here", "Hi all, Jo here" name no addressee."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"(?:\A|\n)[ \t]*(?i:good[ \t]+)?(?i:hi|hey|hello|hiya|dear|morning|afternoon|evening)[ \t]+"
    r"(?P<a>[A-Z][a-z]{1,14})[ \t]*(?:[-–—,:][ \t]*|\.[ \t]+)"
    r"(?:(?:it'?s|its|this[ \t]+is)[ \t]+)?(?P<b>[A-Z][a-z]{1,14})[ \t]+here\b"
)
_GROUPS: Final = frozenset({"all", "team", "everyone", "everybody", "guys", "folks", "there", "both", "doc", "sir", "madam"})


def greeting_sender_spans(text: str) -> list[Entity]:
    if "here" not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        if m.group("a").lower() not in _GROUPS:
            out.append(Entity.of(PhiType.NAME, m, "a"))
        out.append(Entity.of(PhiType.NAME, m, "b"))
    return out
