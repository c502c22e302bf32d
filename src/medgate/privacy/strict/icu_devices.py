"""ICU support devices named by their brand, bare, in notes and unit memos: "Impella CP", "the
Impella today", "Prismaflex checkoff", "Broselow tape", "CentriMag", "St. Jude mech valve". The brands
are no one's name in the census lists, and the makers' words that are ("St. Jude") stay only before a
device noun. "Mr. Broselow", "Dr Impella" (a title before it) are still masked."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from medgate.privacy.strict.words import SAFE, Tok

# mechanical circulatory support, renal replacement, paediatric resuscitation (US ICU charting)
_BRAND: Final = re.compile(
    r"(?i)(?<![\w.])(?<!(?i:mr|dr|ms)[ ])(?<!(?i:mrs)[ ])(?<!(?i:mr|dr|ms)\.[ ])"
    r"(?:impella|prismax|prismaflex|broselow|cardiohelp|centrimag|heartmate|heartware|rotaflow|levitronix"
    r"|tandemheart|novalung|quadrox|hemosphere|flotrac|vigileo|picco|lifevest)(?![\w-])"
)
# a maker's two words before a valve or device noun ("St. Jude mech valve", "st jude mitral")
_MAKER: Final = re.compile(
    r"(?i)\b(?P<s>st)(?P<d>\.)?[ ](?P<j>jude)(?=[ ](?:mech|mechanical|valve|mitral|aortic|avr|mvr|pacer"
    r"|pacemaker|icd|aicd|device|lead|leads|medical|prosthetic|prosthesis|bileaflet)\b)"
)
# "perm" (permanent) before a pacing or dialysis device ("perm pacer in situ", "perm cath", "perm HD line"):
# Perm, a city and a surname, is masked anywhere else ("moved from Perm")
_PERMANENT: Final = re.compile(
    r"(?i)(?<![\w.])perm(?=[ ](?:ppm|pacer|pacemaker|cath|catheter|hd|line|wire|lead|leads|dialysis|access|icd|aicd)\b)"
)
_GATE: Final = ("mpella", "rism", "rosel", "ardiohelp", "entri", "eartMate", "eartmate", "eartWare",
                "eartware", "otaflow", "evitron", "ovalung", "uadrox", "emosphere", "lotrac", "igileo", "icco",
                "ifevest", "Jude", "jude", "JUDE", "MPELLA", "RISM", "ROSEL", "ARDIOHELP", "ENTRI", "EARTM",
                "EARTW", "PICCO")  # fmt: skip


def keep_span(toks: list[Tok], start: int, end: int) -> None:
    k = bisect_left(toks, start, key=lambda t: t.start)
    while k < len(toks) and toks[k].start < end:
        t = toks[k]
        t.verdict, t.eponym, t.hit = SAFE, True, False
        k += 1


def mark_icu_devices(toks: list[Tok], text: str) -> None:
    """The brand's words are marked as eponyms are: the word filter and the tagger leave them."""
    if not any(g in text for g in _GATE):
        return
    for m in _BRAND.finditer(text):
        keep_span(toks, m.start(), m.end())
    for m in _MAKER.finditer(text):
        keep_span(toks, m.start(), m.end())


def mark_permanent_devices(toks: list[Tok], text: str) -> None:
    """"perm" before a device noun is an adjective, as eponyms are marked: the word filter leaves it."""
    if "perm" not in text and "PERM" not in text and "Perm" not in text:
        return
    for m in _PERMANENT.finditer(text):
        keep_span(toks, m.start(), m.end())
