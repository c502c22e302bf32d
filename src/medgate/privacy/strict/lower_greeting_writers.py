"""The writer's name typed in lower case between a greeting and "here": "kia ora nurse, hemi te
rangi here", "hi doc - siosaia here", "morning sister, ama here from no 12", or after "its" before a mark ("hey ms dee its lil peanut, ..."). `greeting_senders` reads
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
# ... or introduced by "its" and ended by a mark, no "here": "hey nurse jo its kaylee, ..."; "lil" before
# a nickname ("hi doc its lil peanut.")
_ITS: Final = re.compile(
    rf"(?:\A|\n)[ \t]*{_GREETING}\b(?:[ ]{_WORD}){{0,3}}[ ]*[,.!\-–—:]?[ ]*(?:it'?s|it’s|this[ ]is)[ ]"
    rf"(?P<v>(?P<lil>lil[ ])?{_WORD}(?:[ ]{_WORD})?)(?=[ ]*(?:[,.!]|\n|\Z))"
)
_NICKNAME_ZIPF: Final = 4.5  # after "lil", a word rarer than this is a nickname ("lil boo", not "lil bit")
# the particles inside a name, no name alone ("hemi te rangi", "nur binti ali", "jan van dijk")
_PARTICLES: Final = frozenset({"te", "van", "de", "der", "den", "bin", "binti", "bte", "al", "el", "da", "di", "la", "le", "ben", "ibn", "ap", "o'", "mac"})
_COMMON_ZIPF: Final = 4.5  # a first name rarer than this in English writing ("mere", not "will")


def lower_greeting_writer_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if " here" in text:
        for m in _RX.finditer(text[:400]):
            words = m.group("v").split()
            if words[0] in _PARTICLES or words[-1] in _PARTICLES:
                continue
            if all(w in _PARTICLES or _a_name(lex, w) for w in words):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if "it" in text or "this is" in text:
        for m in _ITS.finditer(text[:400]):
            words = m.group("v").split()
            if m.group("lil"):
                if len(words) == 2 and _nickname(lex, words[1]):
                    out.append(Entity.of(PhiType.NAME, m, "v"))
            elif all(_a_name(lex, w) for w in words):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out


def _nickname(lex: Lexicon, word: str) -> bool:
    """A word after "lil" that is no function, kin, role or clinical word nor a common one."""
    if word in NOT_NAMES or word in ROLE_WORDS or word in cues.KIN_WORLD or word in cues.FOREIGN_FUNCTION_WORDS:
        return False
    e = lex(word)
    return not e.clinical and e.zipf < _NICKNAME_ZIPF


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
