"""A first name typed in lower case that opens a message, before a greeting or the writer's "its":
"kasia hej, mały ma ...", "wanjiru hi, its me", "nakato its sr nalwoga at ...", and a child's name
after "mom of" / "dad of" in a parent's introduction ("this is dana, mom of jaxon in 2nd grade").
The frame (the text's first word, then a greeting) says the word is whom the message is to; it must
be no English, clinical, kin or role word, so "ok hi", "mum hi", "sorry hey", "hello hi", "heyy its me"
(a greeting typed long), "mom of two", "mum of three" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.closings import NOT_NAMES
from medgate.privacy.strict.words import ROLE_WORDS
from medgate.privacy.types import Entity, PhiType

# greetings that follow the name they greet in chat of many languages (Polish "hej", "cześć",
# Spanish "hola", French "bonjour", Haitian "bonjou", Portuguese "oi"/"olá"), and "its" (the writer next)
_OPENING: Final = re.compile(
    r"\A[ \t]*(?P<v>[a-z][a-z\-]{2,13})[ \t]*,?[ \t]+"
    r"(?:hej|hejka|cześć|czesc|hi|hey|hello|hiya|hola|bonjour|bonjou|salut|oi|olá|ola|its|it's|it’s)\b"
)
_PARENT_OF: Final = re.compile(r"\b(?:mom|mum|mam|mother|dad|father|mama|papa)[ \t]+of[ \t]+(?P<v>[a-z][a-z\-]{2,13})\b")
_LONG_END: Final = re.compile(r"(\w)\1+\Z")
_OPENING_WORD: Final = re.compile(r"hey|hi|hello|hiya|omg|ok|yes|yo|hej|oi|ola")  # (stretched: "heyy", "hiii")
_RARE_ZIPF: Final = 3.0  # (a lower-case word this rare that no English list holds: a name)
_NOT_NAMES: Final = (
    NOT_NAMES | cues.KIN | cues.KIN_WORLD | ROLE_WORDS | cues.DETERMINERS | cues.HONORIFICS_WORLD
    | cues.FOREIGN_FUNCTION_WORDS | cues.DAY_WORDS | cues.SIGN_OFFS
)  # fmt: skip


def opening_addressee_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if (m := _OPENING.match(text)) is not None and _lower_name(lex, m.group("v")):
        out.append(Entity.of(PhiType.NAME, m, "v"))
    if " of " in text[:300]:
        for p in _PARENT_OF.finditer(text, 0, 300):
            if _lower_name(lex, p.group("v")):
                out.append(Entity.of(PhiType.NAME, p, "v"))
    return out


def _lower_name(lex: Lexicon, word: str) -> bool:
    if word in _NOT_NAMES:
        return False
    # a word with its last letter typed long ("heyy", "hiii", "omgg") is that word
    short = _LONG_END.sub(r"\1", word)
    if short != word and (short in _NOT_NAMES or lex(short).english or _OPENING_WORD.fullmatch(short)):
        return False
    e = lex(word)
    return not (e.english or e.clinical) and e.zipf < _RARE_ZIPF
