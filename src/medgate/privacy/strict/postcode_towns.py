"""A Polish town right after its "NN-NNN" postcode ("01-813 Warszawa", "05-400 Otwock", "80-831
Gdańsk"): the postcode is a recogniser's ZIP, and the capitalised word (or two, "Nowy Sącz") after
it is the town, in or out of the gazetteer. A clinical or common English word there stays ("12-345
Units", "10-120 Days")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
_LOW = "a-ząćęłńóśźż"
# (a digit first: the engine skips to digits; what stands before is checked in code)
_TOWN: Final = re.compile(
    rf"\d\d-\d{{3}}[ \t]+(?P<v>[{_UP}][{_LOW}]{{2,20}}(?:[ \-][{_UP}][{_LOW}]{{2,20}})?)(?![\w'’])"
)
_COMMON_ZIPF: Final = 4.0


def postcode_town_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "-" not in text:
        return []
    out: list[Entity] = []
    for m in _TOWN.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-/.:"):
            continue  # inside a longer number, a date or a time
        e = lex(m.group("v").split()[0].lower())
        if e.clinical or (e.english and e.zipf >= _COMMON_ZIPF):
            continue
        out.append(Entity.of(PhiType.CITY, m, "v"))
    return out
