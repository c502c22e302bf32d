"""Values that read as unknown words but name no one: a finding graded in plus signs ("edema
++", "glucosuria en tira +++": the word before the signs is the finding), a grade or stage word of
another language before its number ("grau 2", "grado III", "estadio 4"), a disease named after a
person with a clinical word between ("Becker muscular dystrophy"). (A currency's dotted letters
after an amount, "$4,300.00 M.N.", are strict/numbers.py's.)"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.words import ROMAN, SAFE, Tok

_PLUS_GRADE: Final = re.compile(r"[ ]\+{2,4}(?![\w+])")
# grade and stage words of Portuguese, Spanish, French, German and Dutch (a closed class)
_GRADE_WORDS: Final = frozenset({"grau", "grado", "grados", "estadio", "estadío", "estágio", "estagio", "stade",
                                 "grad", "graad", "stadium", "tipo"})
# (not the eponym nouns at large: "Dami's sickle cell" is a girl's)
_DISEASE_NOUNS: Final = frozenset({"dystrophy", "dystrophies", "atrophy", "ataxia", "sarcoma", "lymphoma", "myopathy",
                                   "neuropathy", "anemia", "anaemia", "disease", "syndrome"})


# without plus signs every word the pass marks is a grade word or stands two words before a
# disease noun: one set lookup a token finds them
_CUES: Final = _GRADE_WORDS | _DISEASE_NOUNS


def mark_graded_findings(toks: list[Tok], text: str) -> None:
    """Mark the finding, grade word or eponym SAFE (before the name rules run)."""
    if "++" in text:
        _mark(toks, text, range(len(toks)), True)
        return
    cues = _CUES
    at = [k for k, t in enumerate(toks) if t.low in cues]
    if at:
        _mark(toks, text, sorted({i for k in at for i in (k, k - 2) if i >= 0}), False)


def _mark(toks: list[Tok], text: str, where: Iterable[int], plus: bool) -> None:
    n = len(toks)
    for i in where:
        t = toks[i]
        if t.entry is None:
            continue
        nxt = toks[i + 1] if i + 1 < n else None
        if (plus and _PLUS_GRADE.match(text, t.end) and not (t.text[:1].isupper() and t.entry.flags & F.FIRST)) or (t.low in _GRADE_WORDS and nxt is not None and ((nxt.text.isdigit() and len(nxt.text) == 1) or nxt.text in ROMAN)):
            t.verdict, t.eponym = SAFE, True
        elif (
            t.text[:1].isupper() and nxt is not None and nxt.entry is not None and nxt.entry.clinical
            and nxt.text.islower() and i + 2 < n and toks[i + 2].low in _DISEASE_NOUNS
            and nxt.low not in _DISEASE_NOUNS
        ):  # fmt: skip
            t.verdict, t.eponym = SAFE, True

