"""How much of ordinary clinical prose, written by others, the PHI layers mask.

The medical QA sets beside the project (../shared/data/eval: USMLE-style vignettes, expert
questions, PubMed abstracts) hold almost no identifiers: nearly every masked character there is
clinical content a remote model no longer sees. This prints, per set and policy, the share of
characters masked, how many texts were touched, and the strings masked most often, so that an
over-mask shows up as a word ("heard", "(100°F)") rather than as a number.

    .venv/bin/python benchmarks/prose_masking.py [--sets medqa pubmedqa] [--limit N] [--top 25]

Cities in the vignettes ("Philadelphia") are identifiers under HIPAA Safe Harbor and are rightly
masked; countries and continents are not, but the i2b2 2014 guidelines label them, so strict masks
them too. Read the top list with that in mind.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from medgate.privacy import detect

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "eval"
SETS = {  # name -> (file, the fields read as one text)
    "medqa": ("medqa_usmle4_test.jsonl", ("question",)),
    "medxpertqa": ("medxpertqa_text_test.jsonl", ("question",)),
    "pubmedqa": ("pubmedqa_pqal.jsonl", ("question", "context")),
    "medmcqa": ("medmcqa_dev.jsonl", ("question",)),
    "mmlu": ("mmlu_medical_test.jsonl", ("question",)),
}


def texts(name: str, limit: int | None) -> list[str]:
    file, fields = SETS[name]
    path = EVAL / file
    if not path.exists():
        raise SystemExit(f"error: {path} not found (the eval sets live beside the project, in ../shared/data/eval)")
    out: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            out.append("\n".join(str(row[k]) for k in fields if row.get(k)))
            if limit is not None and len(out) >= limit:
                break
    return out


def measure(name: str, docs: list[str], policy: str, top: int) -> None:
    masked_chars = chars = touched = 0
    words: Counter[str] = Counter()
    t0 = time.process_time()
    for k, text in enumerate(docs, 1):
        spans = detect(text, policy=policy)  # type: ignore[arg-type]
        chars += len(text)
        touched += bool(spans)
        for e in spans:
            masked_chars += e.end - e.start
            words[text[e.start : e.end]] += 1
        if k % 200 == 0:
            print(f"  {name} {policy}: {k}/{len(docs)}", file=sys.stderr, end="\r")
    cpu = time.process_time() - t0
    print(
        f"{name:10} {policy:8} {len(docs):5} texts  {chars / 1e6:5.2f} MB  masked {masked_chars:6} chars"
        f" ({masked_chars / max(chars, 1):.3%})  texts touched {touched:4} ({touched / max(len(docs), 1):.0%})"
        f"  {cpu:5.1f} s CPU"
    )
    if top:
        print("    most masked: " + ", ".join(f"{w!r} {n}" for w, n in words.most_common(top)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="+", choices=sorted(SETS), default=["medqa", "pubmedqa"])
    ap.add_argument("--policies", nargs="+", choices=["strict", "standard"], default=["strict", "standard"])
    ap.add_argument("--limit", type=int, default=None, help="texts per set (default: all)")
    ap.add_argument("--top", type=int, default=25, help="how many of the most masked strings to list")
    args = ap.parse_args()
    if args.limit is not None and args.limit < 1:
        print("error: --limit must be at least 1", file=sys.stderr)
        return 2
    for name in args.sets:
        docs = texts(name, args.limit)
        for policy in args.policies:
            measure(name, docs, policy, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
