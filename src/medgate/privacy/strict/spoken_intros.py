"""A caller's or a relative's first name in a voice note in Roman Urdu or Tagalog/Bisaya, typed in
lower case: the speaker's "main nadia bol rahi hoon" / "main asif baat kar raha hun" (I am X
speaking), and whose number or child it is after the personal article "ni": "ang number ni
bong-bong", "anak ni marites". The frame says a person is named; the name is no word of either
language. "main ghar se bol rahi hoon" (from home), "number ni lola nena" (a kin word first: the
kin chain's own rule) stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.words import ROLE_WORDS
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_WORD: Final = r"[^\W\d_]{2,14}(?:-[^\W\d_]{1,10})?"
# "main X (Y) bol rahi hoon", "mein X baat kar raha hun"
_URDU_SPEAKER: Final = re.compile(
    rf"(?i:\b(?:main|mein|mai|mayn)[ ](?P<v>{_WORD}(?:[ ]{_WORD})?)[ ](?:bol|baat[ ]kar)[ ]rah[aie][ ](?:hoon|hun|hu|hoo|hon)\b)"
)
# what is someone's, then "ni" and the someone ("number ni X", "cp ni X", "anak ni X")
_NI_OWNER: Final = re.compile(
    r"(?i:\b(?:number|numero|num|cp|cellphone|celfone|selpon|phone|contact|anak|asawa|apo|bana|address|balay|bahay)"
    rf"[ ]ni[ ])(?P<v>{_WORD})"
)
# words of Urdu that stand in the frame without a name ("main ghar se bol rahi hoon")
_URDU_WORDS: Final = frozenset(
    ("ghar", "yahan", "wahan", "abhi", "phir", "se", "hospital", "clinic", "office", "khud", "bhi", "aap", "ap",
     "unki", "unka", "unke", "inki", "inka", "beti", "beta", "bahu", "kal", "aaj", "dobara", "phone", "number")
)
_TAGALOG_WORDS: Final = frozenset(
    ("lola", "lolo", "tita", "tito", "ate", "kuya", "nanay", "tatay", "inay", "itay", "mama", "papa", "manang",
     "manong", "doc", "dok", "doktor", "nurse", "ma'am", "sir", "inday", "dodong", "day", "dong")
)


def _open(lex: Lexicon, w: str) -> bool:
    """No function, kin or role word; a first name the census lists or no English or clinical word."""
    low = w.lower()
    if low in cues.FOREIGN_FUNCTION_WORDS or low in cues.KIN or low in cues.KIN_WORLD or low in ROLE_WORDS:
        return False
    e = lex(low)
    return not e.clinical and (bool(e.flags & F.FIRST) or not e.english)


def spoken_intro_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if " rah" in low and (" bol " in low or " baat " in low):
        for m in _URDU_SPEAKER.finditer(text):
            words = m["v"].lower().split()
            if not any(w in _URDU_WORDS for w in words) and all(_open(lex, w) for w in words):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if " ni " in low:
        for m in _NI_OWNER.finditer(text):
            w = m["v"].lower()
            if w not in _TAGALOG_WORDS and _open(lex, w):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
