"""The writer's name typed in lower case between a greeting and "here": "kia ora nurse, hemi te
rangi here", "hi doc - siosaia here", "morning sister, ama here from no 12". `greeting_senders` reads
the capitalised shape; in lower case only the frame tells a name, so each word must be one no
English, clinical, kin or role word could be (a name's particle, "te", "van", "bin", may stand
between two). "hi nurse, mum here", "hello, just me here", "hi all, everyone here" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.closings import NOT_NAMES
from medgate.privacy.strict.words import ROLE_WORDS
from medgate.privacy.types import Entity, PhiType

_GREETING: Final = (
    r"(?:hi|hey|hello|hiya|dear|morning|afternoon|evening|good[ ](?:morning|afternoon|evening|day)|"
    r"bula|kia[ ]ora|talofa|malo[ ]e[ ]lelei|namaste|sawubona|molo|salaam|assalamu?[ ]alaikum|mabuhay|howzit|"
    r"g'?day|greetings|yo)"
)
_WORD: Final = r"[a-z][a-z'’\-]{1,14}"
# the greeting at a line's start, up to three words of address, a mark, then the writer and "here"
_RX: Final = re.compile(
    rf"(?:\A|\n)[ \t]*{_GREETING}\b(?:[ ]{_WORD}){{0,3}}[ ]*[,.!\-–—:][ ]*"
    rf"(?:(?:it'?s|its|this[ ]is)[ ])?(?P<v>{_WORD}(?:[ ]{_WORD}){{0,2}})[ ]here\b"
)
# the particles inside a name, no name alone ("hemi te rangi", "nur binti ali", "jan van dijk")
_PARTICLES: Final = frozenset({"te", "van", "de", "der", "den", "bin", "binti", "bte", "al", "el", "da", "di", "la", "le", "ben", "ibn", "ap", "o'", "mac"})
_COMMON_ZIPF: Final = 4.5  # a first name rarer than this in English writing ("mere", not "will")


def lower_greeting_writer_spans(text: str, lex: Lexicon) -> list[Entity]:
    if " here" not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text[:400]):
        words = m.group("v").split()
        if words[0] in _PARTICLES or words[-1] in _PARTICLES:
            continue
        if all(w in _PARTICLES or _a_name(lex, w) for w in words):
            out.append(Entity.of(PhiType.NAME, m, "v"))
    return out


def _a_name(lex: Lexicon, word: str) -> bool:
    """No function, kin, role or clinical word; a first name the lists know, or no common English word."""
    if word in NOT_NAMES or word in ROLE_WORDS or word in cues.KIN_WORLD or word in cues.FOREIGN_FUNCTION_WORDS:
        return False
    e = lex(word)
    if e.clinical:
        return False
    if e.flags & F.FIRST:
        return e.zipf < _COMMON_ZIPF or not e.english
    return not e.english and e.zipf < _COMMON_ZIPF
