"""The writer naming themselves with Creole "dis" (this is), as Jamaican Patois and Krio texts do:
"Mrs Bailey granddaughter dis, Tanique." (a relation, "dis", then the name) and "na fatu sesay dis,
abu mama" (Krio "na" ... "dis": it is ... here), in any case. And the short form "Md" (Muhammad)
opening a South Asian full name ("amar abba Md Rafiqul Islam"), which reads as a credential
elsewhere. Kept: "dis one", "tek dis, it help", "dis morning", "MD review", "Smith, MD"."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer

_KIN: Final = "|".join(sorted((re.escape(k) for k in cues.KIN | cues.KIN_WORLD), key=len, reverse=True))
# a relation, "dis", a comma, then the capitalised name closing its clause
_KIN_DIS: Final = re.compile(rf"(?i:\b(?:{_KIN})[ \t]+dis)[ \t]*,[ \t]*(?P<v>[A-Z][a-z]{{2,14}})(?=[ \t]*[.,!\n]|\Z)")
# Krio "na <name> dis": one to three lower- or title-case words between
_NA_DIS: Final = re.compile(
    r"(?:\A|[,.!\n][ \t]*|\b(?i:sister|nurse|doc|doctor|ma|sa)[ \t]*,?[ \t]+)(?i:na)[ \t]+"
    r"(?P<v>[A-Za-z][a-z]{2,14}(?:[ \t]+[A-Za-z][a-z]{2,14}){0,2})[ \t]+dis\b"
)
_MD: Final = re.compile(r"\bMd\.?(?=[ \t]+[A-Z][a-z]{2,14}[ \t]+[A-Z][a-z]{2,14})")
_DIS: Final = re.compile(r"(?<![\w-])(?i:dis)\b")
_RARE_ZIPF: Final = 3.0


def dis_intro_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    # ("dis" alone as a word: not "discharge", "distal"; tried only where "dis" stands, not at
    # every character: the case-blind scan has no literal to skip to)
    if next(cue_finditer(_DIS, text, lowered(text), ("dis",)), None) is not None:
        for m in _KIN_DIS.finditer(text):
            if _name(lex, m.group("v")):
                out.append(Entity.of(PhiType.NAME, m, "v"))
        for m in _NA_DIS.finditer(text):
            if all(_name(lex, w) for w in m.group("v").split()):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if "Md" in text:
        out.extend(Entity.of(PhiType.NAME, m) for m in _MD.finditer(text))
    return out


def _name(lex: Lexicon, word: str) -> bool:
    low = word.lower()
    if low in cues.KIN or low in cues.KIN_WORLD or low in cues.DETERMINERS or low in cues.DAY_WORDS:
        return False
    e = lex(low)
    if e.clinical:
        return False
    return bool(e.flags & F.FIRST) or bool(e.flags & F.LAST and not e.english) or (not e.english and e.zipf < _RARE_ZIPF)
