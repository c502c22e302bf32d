"""A nickname in quotes after the word that says a person is named: friend "lil mo", gave name
"Mikey", goes by "Dre", a boyfriend 'T-Bone'. The quotes after a friend, a kin word or a naming
verb hold what someone is called; quotes after other words ("said "no"", asked for "something for
pain") stay.

A double-barrelled surname right after a quoted nickname is the person's too: '5 MO F "BABY ZURI"
ADEYEMI-COLE', 'Ayo "Peanut" Osei-Larbi'. Both halves are no clinical word and one at least is a
name or no English word ('"sick" NON-COMPLIANT', '"ok" X-RAY' stay)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS
from medgate.privacy.word_start import cue_finditer

_QUOTED: Final = re.compile(
    r"(?i:\b(?:(?:boy|girl|best[ \t]?)?friends?|buddy|bf|gf|partner|roommate|neighbou?r|gave[ \t]+(?:his|her|their[ \t]+)?name"
    r"|goes[ \t]+by|known[ \t]+as|calls?[ \t]+(?:him|her|them)sel(?:f|ves)|nicknamed?|a\.?k\.?a\.?|called))"
    r"[ \t]*(?:as[ \t]+)?(?P<q>[\"“'‘])(?P<v>[A-Za-z][\w'’.-]*(?:[ \t][A-Za-z][\w'’.-]*){0,2})[\"”'’]"
)
# what every match begins with, lower-cased ("a.k" and "ak" for "a.k.a."/"aka", "call" for "called"
# and "calls herself"): the scan is tried only where `str.find` sees one at a word's start (the
# `\b` that leads it gives the regex engine no character to skip to)
_HEADS: Final = (
    "boy", "girl", "best", "friend", "buddy", "bf", "gf", "partner", "roommate", "neighbo", "gave", "goes", "known",
    "call", "nickname", "a.k", "ak",
)  # fmt: skip
_GATE: Final = ('"', "“", "'", "‘")


def quoted_nickname_spans(text: str) -> list[Entity]:
    if not any(q in text for q in _GATE):
        return []
    low = lowered(text)
    if not any(c in low for c in ("friend", "name", "by", "as", "call", "bf", "gf", "partner", "mate", "neighb")):
        return []
    out: list[Entity] = []
    for m in cue_finditer(_QUOTED, text, low, _HEADS):
        words = m.group("v").split()
        if any(w.lower() in cues.KIN or w.title() in CLINICAL_WORDS for w in words):
            continue
        out.append(Entity(PhiType.NAME, m.start("v"), m.end("v"), m.group("v")))
    return out


_NAME_ZIPF: Final = 4.0  # a name that is an English word too, rarer than this ("COLE", not "WELL")
_AFTER_QUOTE: Final = re.compile(
    r"[\"“][A-Za-z][\w'’. ]{0,20}[\"”][ \t]+(?P<v>[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)+)(?![\w\-])"
)


def nickname_surname_spans(text: str, lex: Lexicon) -> list[Entity]:
    if '"' not in text and "“" not in text:
        return []
    out: list[Entity] = []
    for m in _AFTER_QUOTE.finditer(text):
        parts = [p.lower() for p in m.group("v").split("-")]
        entries = [lex(p) for p in parts]
        if any(len(p) < 2 or e.clinical or p in cues.KIN for p, e in zip(parts, entries, strict=True)):
            continue
        if any(not e.english or (e.name and e.zipf < _NAME_ZIPF) for e in entries):
            out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
