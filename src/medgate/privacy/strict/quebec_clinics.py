"""The district a Québec public clinic or health network is named for: "CLSC Plateau", "CLSC de
Parc-Extension", "CIUSSS du Saguenay", "CISSS des Laurentides", "GMF Saint-Hubert". The network's
initials are a kind of institution; the capitalised words after them (a "de/du/des" between) name
the place. Kept: a lower-case or clinical word after the initials ("le CLSC nurse", "CLSC Soutien
à domicile" keeps "Soutien": a service, no place), initials alone."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

# one place word: a capital, lower-case letters, hyphen-joined parts ("Parc-Extension", "Montréal-Nord")
_WORD: Final = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-Za-zÀ-ÿ'’]+)*"
_RX: Final = re.compile(
    r"\b(?:CLSC|CIUSSS|CISSS|CHSLD|GMF)[ \t]+(?:(?:de[ \t]+la|de|du|des|d['’])[ \t]*)?"
    rf"(?P<v>{_WORD}(?:[ \t]+{_WORD}){{0,2}})"
)


def quebec_clinic_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "CLSC" not in text and "CISSS" not in text and "CHSLD" not in text and "GMF" not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        first = m.group("v").split()[0].lower()
        e = lex(first)
        if e.clinical or (e.english and e.zipf >= 4.0 and not e.name):
            continue  # ("CLSC Soutien", "CLSC Home care": a service, no district)
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
