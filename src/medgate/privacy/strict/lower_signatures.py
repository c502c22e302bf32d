"""A nurse's lower-case signature at a line's end, after a dash and before her credential: "- jojo
k rn", "– marisol rrt". The words between are her name and initial unless they are plain English
("- see above rn", "- called rn"): a name, or a word no dictionary knows. And a lower-case first
name alone on a message's last line, the way a family chat is signed ("...if anything\nmei"): a
name no English word, since "thanks", "noted" or "bye" close a message as often; and a lower-case
name with the writer's kinship in brackets ending the message ("... whatsapp also. nimal (son)").
"thanks (son)" stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.types import Entity, PhiType

_SIGNED: Final = re.compile(
    r"(?m)[ \t\-–—](?:(?<=[ \t])[-–—]|(?<=^[-–—]))[ \t]*(?P<v>(?P<n>[a-z][a-z'’\-]+)(?:[ \t][a-z]\.?)?)[ \t]+"
    r"(?:rn|rrt|rt|lpn|np|cna|bsn|ccrn)\.?[ \t]*$"
)

# the last line of a message of several, one lower-case word alone on it
_LAST_LINE: Final = re.compile(r"\n[ \t]*(?P<v>[a-z][a-z'’-]{2,14})[ \t]*\s*\Z")
_SIGNER_ZIPF: Final = 4.5  # ("ken", "mei", "priya"; not "grace", "sam": words as often as names)
# a lower-case name with the writer's kinship in brackets ending the message ("... call me. nimal (son)",
# "ruth (daughter)"): the bracket says who signs
_KIN_SIGNED: Final = re.compile(r"(?<![\w'’\-])(?P<v>[a-z][a-z'’\-]{1,14})[ ]?\((?:his[ ]|her[ ])?(?P<k>[a-z\-]{2,16})\)[ \t.!]*\s*\Z")
_PLAIN_ZIPF: Final = 3.5  # (a word this common closes a message as "thanks" does, not a name)


def lower_signature_spans(text: str, lex: Lexicon) -> list[Entity]:
    out = _last_line_signer(text, lex) + _kin_signer(text, lex)
    if "-" not in text and "–" not in text and "—" not in text:
        return out
    for m in _SIGNED.finditer(text):
        e = lex(m.group("n"))
        if e.name or not (e.english or e.clinical):
            out.append(Entity.of(PhiType.NAME, m, "v"))
    return out


def _kin_signer(text: str, lex: Lexicon) -> list[Entity]:
    if not text.rstrip(" \t\n.!").endswith(")"):
        return []
    m = _KIN_SIGNED.search(text, max(0, len(text) - 48))
    if m is None or not (m.group("k") in cues.KIN or m.group("k") in cues.KIN_WORLD):
        return []
    v = m.group("v")
    e = lex(v)
    if v in cues.SIGN_OFFS or v in cues.KIN or v in cues.DETERMINERS or e.clinical or (
        e.english and e.zipf >= _PLAIN_ZIPF and not e.flags & F.FIRST
    ):
        return []
    return [Entity.of(PhiType.NAME, m, "v")]


def _last_line_signer(text: str, lex: Lexicon) -> list[Entity]:
    m = _LAST_LINE.search(text, max(0, len(text) - 24))
    if m is None:
        return []
    v = m.group("v")
    e = lex(v)
    if not (e.flags & F.FIRST or e.name) or e.english or e.clinical or e.zipf >= _SIGNER_ZIPF:
        return []
    if v in cues.SIGN_OFFS or v in cues.KIN or v in cues.KIN_WORLD:
        return []
    return [Entity.of(PhiType.NAME, m, "v")]
