"""A name given as an alias, in quotes after "alias"/"aka" ('ALIAS "FOXTROT, ECHO"', 'registered
under alias "Zulu, Bravo"'): whatever an alias is, it stands for the patient. A placeholder ('alias
"unknown"') is no one's."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(r"\b(?i:alias|aka|a\.k\.a\.)[ ]?:?[ ]?[\"“](?P<v>[A-Za-z][A-Za-z ,.'’\-]{1,40})[\"”]")
_PLACEHOLDERS: Final = frozenset({"unknown", "none", "n/a", "doe", "john doe", "jane doe", "trauma"})


def alias_name_spans(text: str) -> list[Entity]:
    low = text.lower()
    if "alias" not in low and "aka" not in low and "a.k.a" not in low:
        return []
    return [
        Entity.of(PhiType.NAME, m, "v")
        for m in _RX.finditer(text)
        if m.group("v").strip(" ,.").lower() not in _PLACEHOLDERS
    ]
