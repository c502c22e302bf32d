"""The learned PHI layer: a CRF token tagger (python-crfsuite) trained on medgate's own
synthetic text (synth.py) and on the labelled sets others wrote (written.py), with lexicon
features (features.py).

It is trained, deterministically, from the repository and the installed packages: install.sh
runs `python -m medgate.privacy.learned.train`; the model lands in the cache beside the lexicon
(no weights in the repository, nothing downloaded). `tagger()` trains on first use if missing.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Collection
from typing import Final

import pycrfsuite

from medgate.privacy.learned.features import Featurizer, Token, tokens
from medgate.privacy.lexicon import Lexicon, lexicon
from medgate.privacy.text import upper_ratio
from medgate.privacy.types import Entity, PhiType

_TYPES = {"NAME": PhiType.NAME, "LOC": PhiType.LOCATION}
_WINDOW: Final = 3


class Tagger:
    def __init__(self, model_path: str, lex: Lexicon) -> None:
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(model_path)
        self._features = Featurizer(lex)
        # crfsuite's tagger holds its sequence between `set` and `viterbi`: one thread at a time
        # (the gateway de-identifies long texts in worker threads, beside the event loop's own)
        self._lock = threading.Lock()

    def spans(
        self, text: str, starts: Collection[int] | None = None, words: list[Token] | None = None
    ) -> list[Entity]:
        """Name and place spans. With `starts`, only windows of ±3 tokens around the words
        starting there are tagged (the others cannot make a span the caller keeps). `words`: the
        text's `tokens`, where the caller has them already."""
        if words is None:
            words = tokens(text)
        if not words:
            return []
        upper = upper_ratio(text)
        labelled: list[tuple[Token, str]] = []
        for lo, hi in _windows(words, starts):
            part = words[lo:hi]
            features = self._features.sequence(text, part, upper)
            with self._lock:
                labels = self._tagger.tag(features)
            labelled.extend(zip(part, labels, strict=True))
        out: list[Entity] = []
        for (start, end, word), label in labelled:
            kind = _TYPES.get(label)
            if kind is None or _in_code(text, start, end):
                continue
            prev = out[-1] if out else None
            gap = text[prev.end : start] if prev else ""
            if (
                prev is not None
                and prev.type is kind
                and gap.strip(" .'") == ""
                and "\n" not in gap
            ):
                out[-1] = Entity(kind, prev.start, end, text[prev.start : end])
            else:
                out.append(Entity(kind, start, end, word))
        # A lone letter is a name only as an initial beside one ("Z. MILLER"), never "S:" or "s/p".
        return [e for e in out if len(e.text) > 1 or _beside_name(e, out)]


def _windows(words: list[Token], starts: Collection[int] | None) -> list[tuple[int, int]]:
    if starts is None:
        return [(0, len(words))]
    out: list[tuple[int, int]] = []
    for i, w in enumerate(words):
        if w[0] not in starts:
            continue
        lo, hi = max(0, i - _WINDOW), min(len(words), i + _WINDOW + 1)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _in_code(text: str, start: int, end: int) -> bool:
    """Letters glued to digits ("h54", "2R"): part of a code or postcode, the rules' to judge."""
    return (start > 0 and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit())


def _beside_name(e: Entity, spans: list[Entity]) -> bool:
    return any(o is not e and len(o.text) > 1 and 0 <= o.start - e.end <= 2 for o in spans)


_model_file: str | None = None


@functools.cache
def tagger() -> Tagger:
    from medgate.privacy.learned.train import model_path

    return Tagger(_model_file or str(model_path()), lexicon())


def use_model(path: str) -> None:
    """Tag with this model file from now on (to measure one trained with sets left out)."""
    global _model_file
    pycrfsuite.Tagger().open(path)  # a clear error now, not at the first request
    _model_file = path
    tagger.cache_clear()
