"""A person the patient names as their contact, where no title or surname says it is a name: a
nickname given in quotes after a relation or "goes by" (`wife ("bea")`, `asking for "ned"`, `goes by
"sal"`), masked there and wherever the note uses it again, and a first name after a relation the
kinship words do not hold ("my sponsor Wade", "her landlord Clive", "pt's caseworker Dana").
A quoted word that is no name (`asking for "water"`), a relation word before a verb or a weekday
("my sponsor said", "my boss Monday") stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

# relations outside the family that a patient gives as a contact (the kinship words are cues.KIN)
RELATIONS: Final = (
    "sponsor", "landlord", "landlady", "boss", "supervisor", "foreman", "coach", "pastor", "priest", "rabbi",
    "imam", "caseworker", "roommate", "flatmate", "housemate", "mentor", "coworker", "co-worker", "colleague",
)  # fmt: skip
_RELATION_NAME: Final = re.compile(
    r"(?i:\b(?:my|his|her|their|our|pt's|pt’s|patient's|patient’s)[ \t]+(?:" + "|".join(RELATIONS) + r"))"
    r"[ \t]+(?P<v>[A-Z][a-z]{1,14})(?![\w'’-])"
)
_GIVES_NAME: Final = r"(?:gives|gave|giving|give)[ \t]+name[ \t]+as"  # "PT GIVES NAME AS 'JUNIOR'"
_INTRODUCED: Final = (
    rf"{_GIVES_NAME}|goes[ \t]+by|known[ \t]+as|called|calls[ \t]+(?:him|her|them)(?:self)?|aka|nicknamed?"
    r"|(?:asking|asks|asked|calling|calls|called|crying|cries|shouting|yelling)(?:[ \t]+out)?[ \t]+for"
)
# the quoted word first (its quote is a literal the engine skips to), then the cue read back before it
# (in double quotes, or in single ones that no word is glued to: "boyfriend 'Bubba'", not "pt's")
_QUOTED: Final = re.compile(
    r"(?:[\"“](?P<v>[A-Za-z][a-z'’\-]{1,14}|[A-Z][A-Z'’\-]{1,14})[\"”]"
    r"|(?<![\w'’])['‘](?P<s>[A-Za-z][a-z\-]{1,14}|[A-Z][A-Z\-]{1,14})['’](?![\w'’]))"
)
_CUE_BEFORE: Final = re.compile(r"(?i:\b(?P<cue>[a-z][a-z\-]+(?:[ \t]+[a-z]+){0,2}))[ \t]*\(?[ \t]*\Z")
_INTRODUCED_CUE: Final = re.compile(rf"(?i:(?:{_INTRODUCED}))\Z")
_NAMED_CUE: Final = re.compile(rf"(?i:{_GIVES_NAME}|goes[ \t]+by|known[ \t]+as|aka|nicknamed?)\Z")


def contact_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if '"' in text or "“" in text or "'" in text or "‘" in text:
        for m in _QUOTED.finditer(text):
            b = _CUE_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if b is None:
                continue
            cue = b.group("cue").lower()
            if not (cue.split()[-1] in cues.KIN or cue.split()[-1] in RELATIONS or _INTRODUCED_CUE.search(cue)):
                continue
            g = "v" if m.group("v") is not None else "s"
            v = m.group(g)
            # after "goes by" or "known as" the quoted word is a name by what it says, in or out of
            # the lexicon ("vangie", "tootsie"); after "asking for" it must be a known first name
            named = _NAMED_CUE.search(cue) is not None
            # a capitalised word quoted right after a kinship or relation word is what they are
            # called ("boyfriend 'Smokey'"); in lower case it must still be a first name
            named = named or (v[:1].isupper() and not _INTRODUCED_CUE.search(cue))
            if not (_nickname(lex, v) if named else _first_name(lex, v)):
                continue
            out.append(Entity.of(PhiType.NAME, m, g))
            e = lex(v.lower())
            if not e.english or e.zipf < 4.0:  # (a word of English, "bill", only where it was quoted)
                out.extend(_again(text, v, m.end()))
    low = lowered(text)
    if any(r in low for r in RELATIONS):
        for m in _RELATION_NAME.finditer(text):
            v = m.group("v")
            if v.lower() not in cues.DAY_WORDS and v.lower() not in cues.MONTHS and _first_name(lex, v):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out


def _first_name(lex: Lexicon, v: str) -> bool:
    low = v.lower()
    e = lex(low)
    return (
        bool(e.name or e.flags & F.FIRST)
        and not e.clinical
        and v.title() not in CLINICAL_WORDS
        and low not in cues.KIN
        and low not in cues.TITLES
    )


def _nickname(lex: Lexicon, v: str) -> bool:
    """A word given as what someone goes by: any word but a clinical one or a kinship or title."""
    low = v.lower()
    return not lex(low).clinical and v.title() not in CLINICAL_WORDS and low not in cues.KIN and low not in cues.TITLES


def _again(text: str, v: str, after: int) -> list[Entity]:
    """The nickname said again later, in any case, as a word of its own."""
    low, w = lowered(text), v.lower()
    out: list[Entity] = []
    at = low.find(w, after)
    while at >= 0:
        end = at + len(w)
        alone = not (low[at - 1 : at].isalnum() or low[end : end + 1].isalnum())
        if alone and low[at - 1 : at] not in ("'", "’", "-") and low[end : end + 1] not in ("'", "’", "-"):
            out.append(Entity(PhiType.NAME, at, end, text[at:end]))
        at = low.find(w, end)
    return out
