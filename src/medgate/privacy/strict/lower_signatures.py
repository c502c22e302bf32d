"""A nurse's lower-case signature at a line's end, after a dash and before her credential: "- jojo
k rn", "– marisol rrt". The words between are her name and initial unless they are plain English
("- see above rn", "- called rn"): a name, or a word no dictionary knows."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_SIGNED: Final = re.compile(
    r"(?m)(?:^|[ \t])[-–—][ \t]*(?P<v>(?P<n>[a-z][a-z'’\-]+)(?:[ \t][a-z]\.?)?)[ \t]+"
    r"(?:rn|rrt|rt|lpn|np|cna|bsn|ccrn)\.?[ \t]*$"
)


def lower_signature_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if "-" not in text and "–" not in text and "—" not in text:
        return out
    for m in _SIGNED.finditer(text):
        e = lex(m.group("n"))
        if e.name or not (e.english or e.clinical):
            out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
