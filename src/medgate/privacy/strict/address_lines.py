"""The lines that finish an address written over several lines, as a letter's heading sets it out:
the town on the line after the street or box ("PO Box 2231-00100" / "Kisumu"), and a four- or
five-digit postcode on a line of its own after the town ("18 Kloof Street" / "Gardens" / "8001",
South Africa, Australia, Kenya). The street is found; the lines after it would still narrow
where the person lives."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

# after the address's last character: the rest of its line, then a town alone on the next line
# and/or a postcode alone on the line after (or after the town on the same line)
_TAIL: Final = re.compile(
    r"[ \t]*,?[ \t]*\n[ \t]*(?:(?P<town>[A-Z][a-z'’\-]+(?:[ \t][A-Z][a-z'’\-]+){0,2})[ \t]*,?[ \t]*(?=\n|$))?"
    r"(?:\n?[ \t]*(?P<code>\d{4,5})[ \t]*(?=\n|$))?"
)
_YEAR: Final = re.compile(r"19\d\d|20[0-4]\d")
# the first words of a letter after its heading: no town
_NOT_TOWN: Final = frozenset({"dear", "re", "to", "from", "date", "ref", "subject", "attn", "attention"})


def address_tails(text: str, found: list[Entity], lex: Lexicon) -> list[Entity]:
    if "\n" not in text:
        return []
    out: list[Entity] = []
    for e in found:
        if e.type is not PhiType.ADDRESS or not (m := _TAIL.match(text, e.end)):
            continue
        town = m.group("town")
        if town and _town(town, lex):
            out.append(Entity(PhiType.CITY, m.start("town"), m.end("town"), town))
        elif town:
            continue  # (a heading or a sentence's first word: the address ended on the line before)
        if m.group("code") and (town or not _YEAR.fullmatch(m.group("code"))):  # (a year alone: no postcode)
            out.append(Entity(PhiType.ZIP, m.start("code"), m.end("code"), m.group("code")))
    return out


# the words right before a postcode, after a comma or at a line's start: "..., Partick, Glasgow G11 6TA"
_TOWN_BEFORE: Final = re.compile(r"(?:^|(?<=,)|(?<=\n))[ \t]*(?P<town>[A-Z][a-z'’\-]+(?:[ \t][A-Z][a-z'’\-]+){0,2})[ \t]*,?[ \t]*\Z")


def towns_before_postcodes(text: str, found: list[Entity], lex: Lexicon) -> list[Entity]:
    """The town written right before a postcode found, when a comma or a line sets it apart: the
    recognisers read one town after the street, and a district may stand between them."""
    out: list[Entity] = []
    for e in found:
        m = _TOWN_BEFORE.search(text, max(0, e.start - 40), e.start) if e.type is PhiType.ZIP else None
        if m and (_town(m.group("town"), lex) or lex(m.group("town").split()[-1].lower()).place):
            out.append(Entity(PhiType.CITY, m.start("town"), m.end("town"), m.group("town")))
    return out


def _town(words: str, lex: Lexicon) -> bool:
    """A town's name, not a plain English or clinical word ("Dear", "Diagnosis", "Allergies")."""
    first = words.split()[0].lower()
    if first in _NOT_TOWN:
        return False
    return any(not (entry := lex(w)).english and not entry.clinical for w in words.split())
