"""A physician assistant or nurse practitioner named in lower case after their role ("neurosurg pa
bo sandoval", "ortho np jen ortiz", "the pa amy aware"): the role says a person is named, so a
first name the lexicon holds (and a surname after it) is masked there, even one that is also a word
("bo"). A common word after the role stays ("the pa will see him", "cxr pa and lateral", "pa to
review")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.types import Entity, PhiType

# (led by the role's word after another word: "neurosurg pa", "the np")
_ROLE_NAME: Final = re.compile(
    r"(?<=[a-z][ ])(?:pa|np|pa-c)[ ](?P<f>[a-z]{2,12})(?:[ ](?P<l>[a-z][a-z'\-]{2,14}))?(?![\w'’])"
)
_COMMON_ZIPF: Final = 5.0
_SURNAME_ZIPF: Final = 4.0


def assistant_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    if " pa " not in text and " np " not in text and " pa-c " not in text:
        return []
    out: list[Entity] = []
    for m in _ROLE_NAME.finditer(text):
        first = lex(m.group("f"))
        if not first.flags & F.FIRST or first.clinical or first.zipf >= _COMMON_ZIPF:
            continue
        end = m.end("f")
        if m.group("l") is not None:
            last = lex(m.group("l"))
            if last.flags & F.LAST and not last.clinical and not (last.english and last.zipf >= _SURNAME_ZIPF):
                end = m.end("l")
        out.append(Entity(PhiType.NAME, m.start("f"), end, text[m.start("f") : end]))
    return out
