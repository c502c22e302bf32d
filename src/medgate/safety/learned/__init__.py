"""The screen's learned layer: a text classifier that calls a message emergent when it reads like
the emergencies of the written sets rather than like their look-alikes.

Why a third layer: on every new writer's set the phrase rules and findings caught 0.60-1.00 of
the emergencies first time, and the fixes written for one set carried nothing to the next. A
linear model over word and character n-grams of 3,400 labelled vignettes, scored on writers it
never saw (`python -m medgate.safety.learned.train --folds 8`), catches about 0.89 of them
with under 1% false alarms, and it misses different cases from the rules. It only ever says
`emergent`; its evidence is the n-grams that weighed most, so a clinician can see what it read.

The model is trained on the user's machine from the repository's data (`train.py`; install.sh
builds it, `classifier()` builds it on first use if missing): no weights in the repository.
Scoring needs no scikit-learn objects: each analyzer's terms carry (idf, weight), and a text's
score is the logistic of the intercept plus, per analyzer, the L2-normalised TF-IDF dot product,
which is what scikit-learn's pipeline computes (tests/safety/test_learned.py checks they agree).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Final

import orjson

from medgate.digest_memo import DigestMemo
from medgate.safety.escalation import Fired

CATEGORY: Final = "learned_emergency"
EVIDENCE_TERMS: Final = 4
MEMO_SIZE: Final = 4096
# The fewest content words (letters, not stop words) a text needs before the model may judge it.
# Every emergency of the written sets has at least 4; a short follow-up ("and now?", "since this
# morning") is out of the model's domain: L2 normalisation gives its one or two n-grams full
# weight, and "and" alone scored 0.998.
MIN_CONTENT_WORDS: Final = 4
_WORD: Final = re.compile(r"[^\W\d_]+")
SOURCE: Final = "medgate.safety.learned: logistic regression over n-grams of the written triage sets"


class _Analyzer:
    def __init__(self, params: Mapping[str, Any], terms: Mapping[str, list[float]]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        kwargs = {k: tuple(v) if isinstance(v, list) else v for k, v in params.items()}
        self.words = kwargs.get("analyzer", "word") == "word"
        self.ngrams: Callable[[str], list[str]] = TfidfVectorizer(**kwargs).build_analyzer()
        self.terms: dict[str, tuple[float, float]] = {t: (iw[0], iw[1]) for t, iw in terms.items()}  # (idf, weight)


class Classifier:
    """A fitted model (train.fit's plain data): probability that a text is an emergency."""

    def __init__(self, model: Mapping[str, Any]) -> None:
        self.threshold = float(model["threshold"])
        self.examples = int(model.get("examples", 0))
        self._intercept = float(model["intercept"])
        self._analyzers = [_Analyzer(a["params"], a["terms"]) for a in model["analyzers"]]

    @classmethod
    def load(cls, path: Path) -> Classifier:
        return cls(orjson.loads(path.read_bytes()))

    def probability(self, text: str) -> float:
        """P(emergent): the logistic of the intercept plus each analyzer's normalised TF-IDF dot product."""
        logit = self._intercept
        for a in self._analyzers:
            get = a.terms.get
            dot = square = 0.0
            for term, n in Counter(a.ngrams(text)).items():
                iw = get(term)
                if iw is not None:
                    x = iw[0] if n == 1 else (1.0 + math.log(n)) * iw[0]  # sublinear tf times idf
                    dot += x * iw[1]
                    square += x * x
            if square:
                logit += dot / math.sqrt(square)
        return 1.0 / (1.0 + math.exp(-logit)) if logit > -500 else 0.0

    def evidence(self, text: str) -> tuple[str, ...]:
        """The word n-grams of `text` that pushed its score up most ("and", "she" left out)."""
        pushes: list[tuple[float, str]] = []
        for a in self._analyzers:
            if not a.words:
                continue
            found = [(t, (1.0 + math.log(n)) * a.terms[t][0], a.terms[t][1])
                     for t, n in Counter(a.ngrams(text)).items() if t in a.terms]
            norm = math.sqrt(sum(x * x for _, x, _ in found))
            pushes += [(x * w / norm, t) for t, x, w in found if x * w > 0 and not _only_stop_words(t)]
        pushes.sort(reverse=True)
        return tuple(t for _, t in pushes[:EVIDENCE_TERMS])


class LearnedLayer:
    """The classifier over a request's texts: `emergent` when any text scores past the threshold."""

    def __init__(self, model: Classifier, memo_size: int = MEMO_SIZE) -> None:
        self.model = model
        self._memo: DigestMemo[float] = DigestMemo(memo_size)

    def fire(self, texts: Iterable[str]) -> Fired | None:
        p, top = 0.0, ""
        for text in texts:
            score = self._memo.get(text, self._score)
            if score > p:
                p, top = score, text
        if p < self.model.threshold:
            return None
        evidence = tuple(f'"{t}"' for t in self.model.evidence(top))  # only when it fires: rare
        if not evidence:  # no content word pushed it up: nothing a clinician could audit
            return None
        return Fired("learned", f"resembles the written emergencies (p {p:.2f})", CATEGORY, "emergent",
                     evidence, SOURCE)

    def _score(self, text: str) -> float:
        words = _WORD.findall(text.lower())
        if sum(w not in _stop_words() for w in words) < MIN_CONTENT_WORDS:
            return 0.0
        return self.model.probability(text)

    def forget(self) -> None:
        self._memo.clear()


@functools.cache
def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


def _only_stop_words(term: str) -> bool:
    return all(w in _stop_words() for w in term.split())


_model_file: Path | None = None


@functools.cache
def layer() -> LearnedLayer:
    """The process-wide learned layer (the cached model, trained on first use if missing)."""
    from medgate.safety.learned.train import model_path

    return LearnedLayer(Classifier.load(_model_file or model_path()))


def use_model(path: Path) -> None:
    """Score with this model file from now on (one trained with sets left out, to measure it)."""
    global _model_file
    Classifier.load(path)  # a clear error now, not at the first request
    _model_file = path
    layer.cache_clear()
