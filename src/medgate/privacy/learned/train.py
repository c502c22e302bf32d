"""Train the PHI tagger from synthetic text and the labelled sets written by others
(privacy/data/written), deterministically, into the cache.

    .venv/bin/python -m medgate.privacy.learned.train [--docs N]
    .venv/bin/python -m medgate.privacy.learned.train --leave-out 42 --leave-out 43 --out x.crfsuite

The second form trains a model that never saw the named blind sets (not cached), so they measure it
honestly: `benchmarks/phi_eval.py --tagger x.crfsuite --set blind42 --set blind43`.

The cache key covers this trainer's version, the lexicon's sources, the generator seed and the
written sets, so a change to any of them retrains; the same inputs give the same model.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Collection
from pathlib import Path

import pycrfsuite

from medgate.cache import artefact, artefact_path, input_key
from medgate.privacy.learned import written
from medgate.privacy.learned.features import Featurizer, tokens
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


def train(
    path: Path, docs: int = DOCS, *, verbose: bool = False, leave_out: Collection[str] = ()
) -> None:
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
        words = tokens(text)
        j = 0
        for w in words:  # each word takes the label of the generator token that holds it
            while spans[j][1] <= w[0]:
                j += 1
            labels.append(spans[j][2])
        trainer.append(features.sequence(text, words), labels)
        n_tokens += len(words)
    n_written = 0
    for wdoc in written.documents(leave_out):
        words = tokens(wdoc.text)
        labels = written.token_labels(wdoc, [(w[0], w[1]) for w in words])
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


def _named(docs: int) -> tuple[str, str]:
    return "phi-tagger", key(docs) + ".crfsuite"


def cached_path(docs: int = DOCS) -> Path:
    """Where the tagger of the current inputs lives in the cache, trained or not (trains nothing)."""
    return artefact_path(*_named(docs))


def model_path(docs: int = DOCS) -> Path:
    return artefact(*_named(docs), lambda p: train(p, docs, verbose=True))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=DOCS)
    ap.add_argument("--leave-out", type=int, action="append", default=[], metavar="N",
                    help="train without blind set N (repeatable); needs --out")  # fmt: skip
    ap.add_argument("--out", type=Path, help="write the model here instead of the cache")
    args = ap.parse_args()
    t = time.perf_counter()
    leave_out = [f"blind_notes_{n}" for n in args.leave_out]
    missing = [n for n in leave_out if n not in {p.stem for p in written.files()}]
    if missing or (leave_out and args.out is None):
        print(f"error: {'no such set: ' + ', '.join(missing) if missing else '--leave-out needs --out'}",
              file=sys.stderr)  # fmt: skip
        return 2
    if args.out is not None:
        train(args.out, args.docs, verbose=True, leave_out=leave_out)
        path = args.out
    else:
        path = model_path(args.docs)
    print(
        f"PHI tagger: {path} ({path.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - t:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
