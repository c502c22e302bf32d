"""Token features for the PHI tagger: what the word is (lexicon classes, shape), and the same
for its neighbours. Words themselves are features only when common or a context cue: the tagger
must judge an unseen name by its company, not remember the names it was trained on.

Feature lists per word are memoised (they depend on the word alone), so a message costs a few
list concatenations per token.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.text import upper_ratio

TOKEN: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+|[^\w\s]")
# A token as the tagger reads it: (start, end, text). The strict filter's tokens are these and its
# lone underscores, so detect() hands its own over instead of the tagger scanning the text again.
Token = tuple[int, int, str]


def tokens(text: str) -> list[Token]:
    """Every token of `text` (TOKEN.finditer), as (start, end, text)."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]

_CUES: Final = (
    cues.TITLES | cues.KIN | cues.CREDENTIALS | cues.AFTER_NAME | cues.NAME_VERBS
    | cues.PLACE_VERBS | cues.PLACE_PREPS | cues.FACILITY_HEADS | cues.FACILITY_NAME_WORDS
    | cues.UNITS | cues.WORK_VERBS
)  # fmt: skip
_COMMON_ZIPF: Final = 4.5


def shape(word: str) -> str:
    if word.isdigit():
        return "d" if len(word) < 3 else "dd"
    if not word[0].isalpha():
        return "p:" + word if len(word) == 1 else "p"
    if len(word) == 1:
        return "X" if word.isupper() else "x"
    if word.isupper():
        return "XX"
    if word.islower():
        return "xx"
    return "Xx" if word[0].isupper() and word[1:].islower() else "xX"


class Featurizer:
    def __init__(self, lex: Lexicon) -> None:
        self._lex = lex
        self._memo: dict[str, tuple[list[str], list[str], list[str], list[str], list[str]]] = {}

    def _word(self, word: str) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
        """(own, as -1, as +1, as -2, as +2) features of one word."""
        got = self._memo.get(word)
        if got is not None:
            return got
        low = word.lower()
        if low.endswith(("'s", "’s")) and len(low) > 3:
            low = low[:-2]
        feats = [f"s={shape(word)}"]
        if word[0].isalpha():
            e = self._lex(low)
            feats.append(f"z={min(int(e.zipf), 6)}")
            for bit, name in ((F.ENGLISH, "en"), (F.CLINICAL, "cl"), (F.FIRST, "fn"),
                              (F.LAST, "ln"), (F.PLACE, "pl"), (F.KNOWN, "kn")):  # fmt: skip
                if e.flags & bit:
                    feats.append(name)
            if e.surname_log2:
                feats.append(f"sn={min(e.surname_log2 // 3, 6)}")
            if e.first_log2:
                feats.append(f"fp={min(e.first_log2 // 3, 4)}")
            if low in _CUES or e.zipf >= _COMMON_ZIPF:
                feats.append(f"w={low}")
            feats.append(f"len={min(len(low), 8)}")
        else:
            feats.append(f"w={word[:3]}")
        got = (feats, [f"-1{f}" for f in feats], [f"+1{f}" for f in feats],
               [f"-2{f}" for f in feats if f[0] in "sw"], [f"+2{f}" for f in feats if f[0] in "sw"])  # fmt: skip
        if len(self._memo) < 200_000:
            self._memo[word] = got
        return got

    def sequence(self, text: str, words: Sequence[Token], upper: float | None = None) -> list[list[str]]:
        """Features for every token of `text` (`tokens`)."""
        upper = upper_ratio(text) if upper is None else upper
        case = "case=upper" if upper > 0.6 else "case=lower" if upper < 0.02 else "case=mixed"
        per = [self._word(w[2]) for w in words]
        out: list[list[str]] = []
        n = len(words)
        for i, w in enumerate(words):
            f = [case, *per[i][0]]
            start = w[0]
            if start == 0 or "\n" in text[max(0, start - 3) : start]:
                f.append("bol")
            f += per[i - 1][1] if i > 0 else ["-1BOS"]
            f += per[i + 1][2] if i + 1 < n else ["+1EOS"]
            if i > 1:
                f += per[i - 2][3]
            if i + 2 < n:
                f += per[i + 2][4]
            out.append(f)
        return out
