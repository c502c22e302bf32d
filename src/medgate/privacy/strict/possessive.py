"""Eponyms used in the possessive on their own: "dad has parkinson's", "Barrett's", "Graves'".

The stems come from ICD-10-CM's own descriptions ("Parkinson's disease", "Cushing's syndrome":
capitalised words before "'s") and the project's eponym heads, less those that are common names
or common words ("Smith's", "Bell's", "Brown's" are more often someone's). Built once per
process from the installed ICD-10-CM package (a fraction of a second, at warm-up).
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.vocab import EPONYM_HEADS

_POSSESSIVE: Final = re.compile(r"\b([A-Z][a-z]+)(?:'s\b|(?<=s)')")
MAX_NAME_POP: Final = 6  # census popularity band above which a stem is more often a surname
MAX_FIRST_LOG2: Final = 3  # likewise for first names ("George's", "Todd's")


def possessive_eponyms(lex: Lexicon) -> frozenset[str]:
    import simple_icd_10_cm as cm

    from medgate.privacy.strict.words import name_pop  # (words imports this module's users)

    stems = {w.lower() for w in EPONYM_HEADS}
    for code in cm.get_all_codes(True):
        stems.update(m.group(1).lower() for m in _POSSESSIVE.finditer(cm.get_description(code)))
    keep = set()
    for stem in stems:
        e = lex(stem)
        if e.english and e.zipf >= 4.0:
            continue  # "patient's", "children's", "farmer's"
        if name_pop(e) > MAX_NAME_POP or e.first_log2 > MAX_FIRST_LOG2:
            continue
        keep.add(stem)
    return frozenset(keep)
