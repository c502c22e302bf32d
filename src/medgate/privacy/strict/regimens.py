"""Drug regimens written as the initials of their drugs: tuberculosis's "RHZE", "HRZE", "2RHZE/4RH"
(rifampicin, isoniazid, pyrazinamide, ethambutol, streptomycin: three letters or more, each once,
R and H both and Z or E; "RH" alone may be someone's initials), and chemotherapy's by name
("FOLFOX", "R-CHOP", "ABVD"). A treatment, no place or name; only in capitals."""

from __future__ import annotations

from typing import Final

from medgate.privacy.strict.icu_devices import keep_span
from medgate.privacy.strict.words import Tok

_CHEMO_NAMES: Final = "FOLFOX FOLFIRI FOLFIRINOX CAPOX XELOX CHOP ABVD BEACOPP FEC BEP ECF ECX EOX FLOT CMF DHAP MVAC"
_CHEMO: Final = frozenset(_CHEMO_NAMES.split())
_TB_LETTERS: Final = frozenset("RHZES")


def _tb(v: str) -> bool:
    return (
        3 <= len(v) <= 5 and set(v) <= _TB_LETTERS and len(set(v)) == len(v)
        and "R" in v and "H" in v and ("Z" in v or "E" in v)
    )  # fmt: skip


def mark_regimens(toks: list[Tok], text: str) -> None:
    """(Read from the tokens: an upper-case word of three to ten letters, then the set.)"""
    for i, t in enumerate(toks):
        v = t.text
        if not 3 <= len(v) <= 10 or not v.isupper() or not v.isalpha():
            continue
        if v in _CHEMO or _tb(v):
            keep_span(toks, t.start, t.end)
            if v == "CHOP" and i >= 2 and toks[i - 1].text == "-" and toks[i - 2].text == "R":
                keep_span(toks, toks[i - 2].start, toks[i - 2].end)  # "R-CHOP"
