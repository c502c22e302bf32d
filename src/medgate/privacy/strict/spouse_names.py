"""A wife's husband named after "w/o" (wife of), as Pakistani and Indian forms and letters write
it beside "s/o" and "d/o": "Mrs. Samina Akhtar w/o Khalid Mahmood", "Rubina w/o Asif". Both sides
must be names the census lists and no clinical word: in notes "w/o" is "without" ("Pain w/o
Radiation", "CT w/o Contrast" stay)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_WIFE_OF: Final = re.compile(
    r"(?<![\w/])(?P<w>[A-Z][a-z]{2,})[ ](?i:w/o)[ ](?P<v>[A-Z][a-z]{2,}(?:[ ][A-Z][a-z]{2,})?)(?![\w/])"
)


def _name(lex: Lexicon, w: str) -> bool:
    e = lex(w.lower())
    return e.name and not e.clinical


def spouse_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "w/o" not in text and "W/O" not in text and "W/o" not in text:
        return []
    out: list[Entity] = []
    for m in _WIFE_OF.finditer(text):
        parts = m["v"].split()
        if not (_name(lex, m["w"]) and _name(lex, parts[0])):
            continue
        if len(parts) == 2 and not _name(lex, parts[1]):
            parts = parts[:1]  # "w/o Asif Admitted ...": the husband's given name alone
        end = m.start("v") + len(" ".join(parts))
        out.append(Entity(PhiType.NAME, m.start("w"), end, text[m.start("w") : end]))
    return out
