"""A family's password or code for phone updates: "passcode: 'sunflower'", "the password is Blue
Heron", "safe word Marmalade", "the code (7712-K)". The word is whatever the family chose, so it is
an identifier whatever it spells. A code in brackets holds a digit ("code (DNR)", "full code" are the
resuscitation status), and a diagnosis or billing code ("ICD code (I10)") is no one's."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_CUE: Final = r"(?i:\b(?:pass[ ]?word|pass[ ]?code|pass[ ]?phrase|code[ ]?word|safe[ ]?word|secret[ ]word))"
# the cue, a few words of what it is for, then the value quoted
_QUOTED: Final = re.compile(_CUE + r"[^\"“'\n.]{0,30}?[ \t:=]+[\"“'](?P<v>[^\"”'\n]{1,30})[\"”']")
# the cue, "is" or a colon, then one word or a capitalised run ("Tiger Lily")
_BARE: Final = re.compile(
    _CUE + r"(?:[ \t]+(?i:is|=)|[ \t]*:)?[ \t]+"
    r"(?P<v>[A-Z][A-Za-z0-9\-]*(?:[ \t][A-Z][A-Za-z0-9\-]*){0,2}|[a-z0-9][a-z0-9\-]*\d[a-z0-9\-]*)"
)
_BARE_LOWER: Final = re.compile(_CUE + r"(?:[ \t]+(?i:is)|[ \t]*[:=])[ \t]+(?P<v>[a-z][a-z0-9\-]{2,})\b")
# a code with a digit in brackets, or after "code is" / "code:"
_CODE: Final = re.compile(
    r"(?<!\w)(?i:code)(?:[ \t]*\(|[ \t]+is[ \t]+|[ \t]*[:#][ \t]*)"
    r"(?P<v>(?=[A-Za-z\-]*\d)(?=[A-Za-z0-9\-]{3})[A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,6})?)(?![\w/.])"
)
_NOT_CODE_BEFORE: Final = re.compile(r"(?i:icd(?:-?10)?|cpt|dx|billing|diagnosis|zip|postal|area|error|status)[ \t]*\Z")
_SKIP: Final = frozenset({"is", "for", "the", "and", "to", "was", "set", "given", "on", "in"})


def family_code_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if "pass" in low or "word" in low:
        for rx in (_QUOTED, _BARE, _BARE_LOWER):
            for m in rx.finditer(text):
                if m.group("v").lower() not in _SKIP:
                    out.append(Entity.of(PhiType.OTHER_ID, m, "v"))
    if "code" in low:
        for m in _CODE.finditer(text):
            if not _NOT_CODE_BEFORE.search(text, max(0, m.start() - 14), m.start()):
                out.append(Entity.of(PhiType.OTHER_ID, m, "v"))
    return out
