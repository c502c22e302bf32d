"""Train the learned triage layer from the written sets, deterministically, into the cache.

    .venv/bin/python -m medgate.safety.learned.train                  # build the cached model
    .venv/bin/python -m medgate.safety.learned.train --folds 8        # leave-writers-out report
    .venv/bin/python -m medgate.safety.learned.train --leave-out blind38 --out x.json

Examples: every vignette of the level sets (safety/data/triage_*.yaml), emergent or not, and, as
further non-emergencies, every text of the PHI sets (privacy/data/written: handover chats, notes,
letters and forms that talk about illness without being emergencies; without them the model took
"an ill old man with a drug and a number" for an emergency on 16% of those texts). A logistic
regression (scikit-learn) over TF-IDF word 1-2-grams and character 3-5-grams within words.

`--folds K` holds out every K-th writer (a set's two files are one writer) and its PHI texts in
turn: the recall and false alarms it prints are those of writers the model never saw. The cache
key covers the data, the parameters and scikit-learn's version, so a change retrains.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from collections import defaultdict
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any, Final, NamedTuple

import orjson
import yaml

from medgate.cache import artefact, artefact_path, input_key
from medgate.privacy.learned import written
from medgate.safety.evaluate import TRIAGE_DATA, load_level_vignettes
from medgate.safety.learned import Classifier

TRAIN_VERSION: Final = "1"
THRESHOLD: Final = 0.7  # chosen on leave-writers-out over sets 1-37, before sets 38-39 were read
C: Final = 4.0
WORDS: Final[dict[str, Any]] = {"ngram_range": (1, 2), "min_df": 2, "sublinear_tf": True}
CHARS: Final[dict[str, Any]] = {"analyzer": "char_wb", "ngram_range": (3, 5), "min_df": 3,
                                "sublinear_tf": True}
ANALYZERS: Final = (WORDS, CHARS)
_SET_NAME: Final = re.compile(r"triage_(.+)_(chat|clinical)\.yaml")


class Example(NamedTuple):
    text: str
    emergent: bool
    writer: str  # the set it came from: folds hold writers out whole
    kind: str  # chat | clinical | phi


def level_files() -> list[Path]:
    return sorted(TRIAGE_DATA.glob("triage_*.yaml"))


def examples(leave_out: Collection[str] = ()) -> list[Example]:
    """Every example, in a fixed order, without the writers in `leave_out` ("blind38")."""
    out: list[Example] = []
    for path in level_files():
        m = _SET_NAME.fullmatch(path.name)
        if m is None or m[1] in leave_out:
            continue
        out += [Example(v.text, v.level == "emergent", m[1], m[2]) for v in load_level_vignettes(path)]
    for path in written.files(leave_out):
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
        out += [Example(str(item["text"]), False, path.stem, "phi") for item in items]
    return out


def digest() -> str:
    """Changes when a level set or a PHI set is added or edited (part of the cache key)."""
    h = hashlib.sha256()
    for path in level_files():
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16] + written.digest()


def key() -> str:
    import sklearn

    return input_key([TRAIN_VERSION, sklearn.__version__, digest(), repr((THRESHOLD, C, ANALYZERS))])


def fit(train: Sequence[Example]) -> dict[str, Any]:
    """The model as plain data: per analyzer its parameters and, per term, (idf, weight)."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = [e.text for e in train]
    vectorizers = [TfidfVectorizer(**params) for params in ANALYZERS]
    x = hstack([v.fit_transform(texts) for v in vectorizers]).tocsr()
    lr = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
    lr.fit(x, [e.emergent for e in train])
    coef = lr.coef_[0]
    analyzers = []
    offset = 0
    for v, params in zip(vectorizers, ANALYZERS, strict=True):
        idf = v.idf_
        terms = {t: (float(idf[i]), float(coef[offset + i])) for t, i in v.vocabulary_.items()}
        offset += len(idf)
        analyzers.append({"params": {**params, "ngram_range": list(params["ngram_range"])}, "terms": terms})
    return {
        "version": TRAIN_VERSION,
        "threshold": THRESHOLD,
        "intercept": float(lr.intercept_[0]),
        "analyzers": analyzers,
        "examples": len(train),
        "emergent": sum(e.emergent for e in train),
    }


def write(model: dict[str, Any], path: Path) -> None:
    path.write_bytes(orjson.dumps(model))


def build(path: Path, leave_out: Collection[str] = (), *, verbose: bool = False) -> None:
    t0 = time.perf_counter()
    train = examples(leave_out)
    write(fit(train), path)
    if verbose:
        print(f"triage classifier: {len(train)} examples ({sum(e.emergent for e in train)} emergent)"
              f" in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


def _named() -> tuple[str, str]:
    return "triage-classifier", key() + ".json"


def cached_path() -> Path:
    """Where the model of the current data lives in the cache, trained or not (trains nothing)."""
    return artefact_path(*_named())


def model_path() -> Path:
    return artefact(*_named(), lambda p: build(p, verbose=True))


def cross_validate(folds: int) -> dict[tuple[str, bool, bool], int]:
    """Counts (kind, emergent, called emergent) over `folds` leave-writers-out rounds."""
    every = examples()
    writers = list(dict.fromkeys(e.writer for e in every))
    counts: dict[tuple[str, bool, bool], int] = defaultdict(int)
    for k in range(folds):
        held = set(writers[k::folds])
        model = Classifier(fit([e for e in every if e.writer not in held]))
        for e in every:
            if e.writer in held:
                counts[(e.kind, e.emergent, model.probability(e.text) >= THRESHOLD)] += 1
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, help="print leave-writers-out recall and false alarms")
    ap.add_argument("--leave-out", action="append", default=[], metavar="SET",
                    help="train without this set (blind38, blind_notes_44; repeatable); needs --out")
    ap.add_argument("--out", type=Path, help="write the model here instead of the cache")
    args = ap.parse_args()
    if args.folds is not None:
        if args.folds < 2:
            print("error: --folds needs at least 2", file=sys.stderr)
            return 2
        counts = cross_validate(args.folds)
        for kind in ("chat", "clinical", "phi"):
            em = counts[(kind, True, True)] + counts[(kind, True, False)]
            calm = counts[(kind, False, True)] + counts[(kind, False, False)]
            recall = f"emergent recall {counts[(kind, True, True)] / em:.3f} ({em})" if em else ""
            print(f"{kind:<9} {recall:<30} false alarms {counts[(kind, False, True)]}/{calm}")
        return 0
    known = {e.writer for e in examples()}
    missing = sorted(set(args.leave_out) - known)
    if missing or (args.leave_out and args.out is None):
        print(f"error: {'no such set: ' + ', '.join(missing) if missing else '--leave-out needs --out'}",
              file=sys.stderr)
        return 2
    t = time.perf_counter()
    if args.out is not None:
        build(args.out, args.leave_out, verbose=True)
        path = args.out
    else:
        path = model_path()
    print(f"triage classifier: {path} ({path.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - t:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
