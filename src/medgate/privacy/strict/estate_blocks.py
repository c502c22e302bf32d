"""A neighbourhood told with its block, as South Asian and Gulf addresses give it: "lives
Gulistan-e-Jauhar Block 13", "from Gulshan-e-Iqbal Block 13-D", "in Model Town Block C". The block
and its number go with the neighbourhood before them; a heart or nerve block ("AV Block 2", "Heart
Block 3", "femoral nerve block") stays, the word before it being a clinical or common English word."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_PART: Final = r"[A-Z][a-z]{2,14}(?:-[a-z]{1,3}-[A-Z][a-z]{2,14})?"
# where one lives or comes from, the neighbourhood (one or two words), then "Block" and its number
_RX: Final = re.compile(
    r"(?i:\b(?:lives|living|lives[ ]in|lives[ ]at|stays|staying|resides|residing|from|in|at|address|addr|house|home)[:,]?[ ]+)"
    rf"(?P<v>(?P<n>{_PART}(?:[ ]{_PART})?)[ ]Block[ ]?(?:No\.?[ ]?)?(?:[A-Z]?\d{{1,3}}(?:-?[A-Z])?|[A-Z]))(?![\w/])"
)


def estate_block_spans(text: str, lex: Lexicon) -> list[Entity]:
    if " Block" not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        words = [w for w in m.group("n").replace("-", " ").split() if len(w) > 3]  # (not the izafat "e")
        if all(not lex(w).clinical for w in words) and not all(lex(w).english for w in words):
            out.append(Entity.of(PhiType.ADDRESS, m, "v"))
    return out
