"""Places and hospitals that a note names by a shape of their own name, not by a place word before
them: a settlement called "Point" and a capitalised word ("an aide in Point Hope", "works at
Atlantic LNG, Point Lisas"), after a place preposition or a comma; a hospital group by its name
before "Group of Hospitals" ("Parirenyatwa Group of Hospitals"); and a baby's or child's name in
quotes after "girl"/"boy"/"baby"/"infant"/"twin", in either case ("Baby: girl 'Amara'", "infant
\"lily\""), or a nickname after "calls him" ("pt calls him \"Bug\""). A point of care or a clinical point
("point of care", "Point tenderness", "a boy 'fine'") stays: the word after "Point" must be a
capitalised name, and the quoted one a first name or a word no dictionary or clinical list holds."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.types import Entity, PhiType

# "in Point Hope", ", Point Lisas" (found from "Point", a literal the engine skips to; what is before it read back)
_POINT: Final = re.compile(r"(?P<v>Point[ ][A-Z][a-z]{2,}(?:[ ][A-Z][a-z]{2,})?)(?![\w'’-])")
_BEFORE_POINT: Final = re.compile(r"(?:\b(?:in|at|from|to|near|of|ex)[ ]|,[ ])\Z")
# "Parirenyatwa Group of Hospitals" (found from the phrase, the name read back)
_GROUP: Final = re.compile(r"(?:[ ]Group[ ]of[ ]Hospitals)\b")
_GROUP_NAME: Final = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z'’\-]+[ ]){1,3}\Z")
# "girl 'Amara'", "boy “Kofi”", "baby 'Ana Luisa'", in lower case too ("infant \"lily\"", "twin b \"jj\"")
_QUOTED: Final = re.compile(  # (found from the quote, which the engine skips to; the word before read back)
    r"['‘\"“](?P<v>[A-Za-z][a-z'’\-]{1,15}(?:[ ][A-Za-z][a-z'’\-]{1,15})?)['’\"”]"
)
_CHILD_BEFORE: Final = re.compile(
    r"\b(?i:girl|boy|baby|son|daughter|infant|newborn|twin(?:[ ][a-c])?)[ ,:\-]*\Z"
)
# a nickname someone is called by: "pt calls him \"Bug\"", "she calls her 'Peanut'" (any capitalised word)
_CALLED_BEFORE: Final = re.compile(r"\b(?i:calls?|called)[ ](?i:him|her|them|me)[ ,:]*\Z")


def named_place_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if "Point " in text:
        for m in _POINT.finditer(text):
            if _BEFORE_POINT.search(text, max(0, m.start() - 6), m.start()) and not any(
                lex(w.lower()).clinical for w in m.group("v").split()[1:]
            ):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if "Group of Hospitals" in text:
        for m in _GROUP.finditer(text):
            if (n := _GROUP_NAME.search(text, max(0, m.start() - 48), m.start() + 1)) is not None:
                out.append(Entity(PhiType.LOCATION, n.start(), m.start(), text[n.start() : m.start()]))
    if "'" in text or "‘" in text or '"' in text or "“" in text:
        for m in _QUOTED.finditer(text):
            before = max(0, m.start() - 12)
            called = _CALLED_BEFORE.search(text, before, m.start()) is not None
            if not called and _CHILD_BEFORE.search(text, before, m.start()) is None:
                continue
            entries = [lex(w.lower()) for w in m.group("v").split()]
            if any(e.clinical for e in entries):
                continue
            # an English word is a name only as a first name, or capitalised after "calls him"
            # ("a boy 'fine'", "calls her 'sweetheart'" stay)
            if (called and m.group("v")[0].isupper()) or not any(e.english and not e.flags & F.FIRST for e in entries):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
