"""A first name at a message's edge, where the writer signs off, introduces themselves or gives a
contact: after thanks at a line's or the message's end ("Thank you!  Noor", "lovely thanks Dev"),
before "here" opening a message or after its greeting ("Hi Sam, Priya here (FY1 on ..."), and
between a message verb and a phone number ("text Jas 0421 ..."). The word must be a name the
lexicon knows or no English word; "thanks again", "thanks heaps", "Pain here (points)", "call
Lifeline 13 11 14" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.closings import NOT_NAMES
from medgate.privacy.strict.words import ROLE_WORDS
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, heads, word_led

_WORD: Final = r"[A-Za-z][a-z'’]{1,14}"
# thanks, then the name alone at the end of its line (a chat line) or of the message
_THANKS_WORDS: Final = ("thanks", r"thank[ \t]+you", "thanx", "thx", "cheers", "ta")
_THANKS: Final = re.compile(
    word_led(_THANKS_WORDS)
    + r"(?:[ \t]*[,!.]+)?[ \t\n]+(?:[-–—~][ \t]*)?"
    rf"(?P<v>{_WORD})[ \t]*[.!]*[ \t]*(?:x+)?[ \t]*(?=\n|$)"
)
# "Priya here (FY1", "Sam here, the night reg": at a message's start or after its greeting
_HERE: Final = re.compile(
    r"(?:^|\n|[,.!\-–—][ \t]+)(?P<v>[A-Z][a-z'’]{1,14})[ \t]+here(?=[ \t]*[(,.!\-–—]|[ \t]+(?:from|on|at|with|in)\b)"
)
# a message verb, the name, then a phone number
_CONTACT_WORDS: Final = ("text", "txt", "call", "ring", "message", "msg", "phone", "contact", "whatsapp", "dm")
_CONTACT: Final = re.compile(
    word_led(_CONTACT_WORDS)
    + r"[ \t]+"
    r"(?P<v>[A-Z][a-z'’]{1,14})[ \t]+(?:on[ \t]+)?(?=\+?\d[\d \-]{6,}\d)"
)

# (each cue scan is tried only where one of its words begins: `cue_finditer`)
_HEADS: Final = {_THANKS: heads(_THANKS_WORDS), _CONTACT: heads(_CONTACT_WORDS)}


def _name(lex: Lexicon, word: str, rare: bool = False) -> bool:
    """A name the lexicon knows or no English word; `rare`: a rare English word too ("Shiv")."""
    low = word.lower()
    if low in NOT_NAMES or low in cues.SIGN_OFFS or low in ROLE_WORDS or low in cues.KIN:
        return False
    e = lex(low)
    if e.clinical:
        return False
    return e.name or not e.english or (rare and e.zipf < 3.6)


def edge_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if "th" in low or "ta" in low or "cheers" in low:
        for m in cue_finditer(_THANKS, text, low, _HEADS[_THANKS]):
            # (lower case only in a text without capitals elsewhere: "thanks dev")
            if (m.group("v")[0].isupper() or not any(c.isupper() for c in text)) and _name(lex, m.group("v"), rare=True):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if " here" in text:
        out.extend(Entity.of(PhiType.NAME, m, "v") for m in _HERE.finditer(text) if _name(lex, m.group("v")))
    if any(w in low for w in ("text", "txt", "call", "ring", "message", "msg", "phone", "contact", "whatsapp", "dm ")):
        out.extend(Entity.of(PhiType.NAME, m, "v") for m in cue_finditer(_CONTACT, text, low, _HEADS[_CONTACT]) if _name(lex, m.group("v")))
    return out
