"""Hospitals named in lower case in chats after "at"/"to"/"from": a name of two words joined by "&"
with a family name first ("the ER at baylor & scott", "to scott & white"), and a hospital's name
that carries its site after "hospital at" ("the ER at doctors hospital at renaissance", "to
valley hospital at westlake,"), where the site ends the clause. A kind of place with no name ("at
home & work", "to the hospital at night", "to local hospital at noon": a determiner, or a time or
common word after "at", a note's word: "at discharge") stays.

In Malaysia and Indonesia a public hospital is "Hospital" before its town or its patron, and a chat
typed in lower case writes it so: "ortho clinic hospital kuala lumpur", "hospital ampang",
"hospital sultanah aminah". The words after "hospital" are the name where each is rare in English
and none clinical (two or three of them, four letters each at least), or where one alone is a
place; a common or clinical word after it ("hospital canteen", "hospital bed tomorrow", "hospital
lah"), an abbreviation or another language's word ("hospital appt", "hospital una finally",
"hospital eke pitipasse") stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

_LOW: Final = r"[a-z][a-z'’]+"
_AMPERSAND: Final = re.compile(
    r"\b(?:at|to|from)[ \t]+(?P<v>(?P<a>[a-z]{3,})[ \t]*&[ \t]*(?P<b>[a-z]{3,}))\b"
)
_SITE: Final = re.compile(
    rf"\b(?:at|to|from)[ \t]+(?P<v>(?P<n>{_LOW}(?:[ \t]+{_LOW}){{0,2}})[ \t]+(?:hospital|medical[ \t]+cent(?:er|re))"
    rf"[ \t]+at[ \t]+(?P<w>{_LOW}))(?=[ \t]*[,.;!?)]|[ \t]*$)",
    re.MULTILINE,
)
_AFTER_KIND: Final = re.compile(r"(?<![\w'’-])hospital[ ](?P<v>[a-z]{4,12}(?:[ ][a-z]{4,12}){0,2})(?![\w'’-])")
_PARTICLES: Final = frozenset({"lah", "leh", "lor", "meh", "mah", "liao", "sia", "one", "also", "already", "only"})
_RARE_ZIPF: Final = 3.8  # each word of a hospital's lower-case name rarer than this ("kuala", "lumpur")
_NOT_NAME: Final = (
    cues.DETERMINERS | cues.PLACE_PREPS | cues.DAY_WORDS | cues.KIN | frozenset(cues.MONTHS)
)
_COMMON_ZIPF: Final = (
    4.0  # (a word this common after "hospital at" is when or why: "at night", "at noon")
)


def lower_hospital_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if "&" in text:
        for m in _AMPERSAND.finditer(text):
            words = (m.group("a"), m.group("b"))
            # a family name first, no English or clinical word ("white" after it may be either; "to
            # wake & wean" is the plan)
            named = (e := lex(words[0])).name and not e.english and not e.clinical
            if named and not set(words) & (_NOT_NAME | cues.SHORTHAND):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if "hospital " in text:
        out.extend(_after_kind(text, lex))
    if "hospital at " in text or "medical cent" in text:
        for m in _SITE.finditer(text):
            w = m.group("w")
            e = lex(w)
            if any(p in _NOT_NAME for p in m.group("n").split()) or w in _NOT_NAME:
                continue
            if e.clinical or w.title() in CLINICAL_WORDS or (e.english and e.zipf >= _COMMON_ZIPF):
                continue
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out


def _after_kind(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in _AFTER_KIND.finditer(text):
        words = m.group("v").split()
        n = 0
        for w in words:
            e = lex(w)
            if w in _NOT_NAME or w in _PARTICLES or w in cues.SHORTHAND or e.clinical or e.zipf >= _RARE_ZIPF:
                break
            n += 1
        if n == 0:
            continue
        if n == 1 and not lex(words[0]).flags & F.PLACE:
            continue  # (one word alone only where it is a place: "hospital appt", "hospital una" stay)
        value = " ".join(words[:n])
        out.append(Entity(PhiType.LOCATION, m.start("v"), m.start("v") + len(value), value))
    return out
