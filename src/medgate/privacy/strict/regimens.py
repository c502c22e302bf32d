"""Drug regimens written as the initials of their drugs: tuberculosis's "RHZE", "HRZE", "2RHZE/4RH"
(rifampicin, isoniazid, pyrazinamide, ethambutol, streptomycin: three letters or more, each once,
R and H both and Z or E; "RH" alone may be someone's initials), and chemotherapy's by name
("FOLFOX", "R-CHOP", "ABVD"). A treatment, no place or name; only in capitals."""

from __future__ import annotations

import re
from bisect import bisect_left
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


# A whole run of letters that is a regimen's name or made of the TB letters: every word the pass
# keeps is one (a token of capitals alone is such a run), so the scan skips to their first letters
# instead of walking every token. (Case-sensitive: only ASCII capitals can match.)
_FIRSTS: Final = "".join(sorted({w[0] for w in _CHEMO} | _TB_LETTERS))
_CANDIDATE: Final = re.compile(
    rf"(?=[{_FIRSTS}])(?<![^\W\d_])(?:{'|'.join(sorted(_CHEMO, key=len, reverse=True))}|[RHZES]{{3,5}})(?![^\W\d_])"
)


def _start(t: Tok) -> int:
    return t.start


def mark_regimens(toks: list[Tok], text: str) -> None:
    """(Read from the candidate runs: the token that is the run, then the set.)"""
    for m in _CANDIDATE.finditer(text):
        i = bisect_left(toks, m.start(), key=_start)
        if i == len(toks) or toks[i].start != m.start():
            continue
        t = toks[i]
        v = t.text
        if v != m.group():
            continue  # ("O'RHZE": the run is part of a longer word)
        if v in _CHEMO or _tb(v):
            keep_span(toks, t.start, t.end)
            if v == "CHOP" and i >= 2 and toks[i - 1].text == "-" and toks[i - 2].text == "R":
                keep_span(toks, toks[i - 2].start, toks[i - 2].end)  # "R-CHOP"
