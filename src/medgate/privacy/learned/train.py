"""Train the PHI tagger from synthetic text and the labelled sets written by others
(privacy/data/written), deterministically, into the cache.

    .venv/bin/python -m medgate.privacy.learned.train [--docs N] [--out PATH]

The cache key covers this trainer's version, the lexicon's sources, the generator seed and the
written sets, so a change to any of them retrains; the same inputs give the same model.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pycrfsuite

from medgate.cache import artefact, input_key
from medgate.privacy.learned import written
from medgate.privacy.learned.features import TOKEN, Featurizer
from medgate.privacy.learned.synth import Generator
from medgate.privacy.learned.vocab import Vocab
from medgate.privacy.lexicon import lexicon
from medgate.privacy.lexicon.build import key as lexicon_key

TRAIN_VERSION = "3"
SEED = 20261201
DOCS = 3000
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def key(docs: int = DOCS) -> str:
    return input_key(
        [TRAIN_VERSION, lexicon_key(), str(SEED), str(docs), repr(sorted(PARAMS.items())), written.digest(),
         repr(sorted(written.TAGGER_LABEL.items()))]
    )


def train(path: Path, docs: int = DOCS, *, verbose: bool = False) -> None:
    t0 = time.perf_counter()
    features = Featurizer(lexicon())
    gen = Generator(Vocab.build(SEED), SEED)
    trainer = pycrfsuite.Trainer(verbose=False)
    n_tokens = 0
    for doc in gen.corpus(docs):
        text = doc.text
        labels: list[str] = []
        spans: list[tuple[int, int, str]] = []
        pos = 0
        for tok, label in doc.tokens:
            spans.append((pos, pos + len(tok), label))
            pos += len(tok)
        words = list(TOKEN.finditer(text))
        j = 0
        for m in words:  # each word takes the label of the generator token that holds it
            while spans[j][1] <= m.start():
                j += 1
            labels.append(spans[j][2])
        trainer.append(features.sequence(text, words), labels)
        n_tokens += len(words)
    n_written = 0
    for wdoc in written.documents():
        words = list(TOKEN.finditer(wdoc.text))
        labels = written.token_labels(wdoc, [m.span() for m in words])
        trainer.append(features.sequence(wdoc.text, words), labels)
        n_tokens += len(words)
        n_written += 1
    trainer.set_params(PARAMS)
    trainer.train(str(path))
    if verbose:
        print(
            f"trained on {docs} synthetic and {n_written} written documents, {n_tokens} tokens"
            f" in {time.perf_counter() - t0:.0f} s"
        )


def model_path(docs: int = DOCS) -> Path:
    return artefact("phi-tagger", key(docs) + ".crfsuite", lambda p: train(p, docs, verbose=True))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=DOCS)
    args = ap.parse_args()
    t = time.perf_counter()
    path = model_path(args.docs)
    print(
        f"PHI tagger: {path} ({path.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - t:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
