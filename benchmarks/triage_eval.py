"""Red-flag screen: recall/precision per category and screening throughput over the vignettes.

.venv/bin/python benchmarks/triage_eval.py [--rounds N] [--errors]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from medgate.safety import CATEGORY_NAMES, default_screener
from medgate.safety.evaluate import Vignette, load_vignettes, score

ROOT = Path(__file__).resolve().parent.parent
SETS = (
    ROOT / "tests" / "safety" / "vignettes.yaml",
    ROOT / "tests" / "safety" / "vignettes_heldout.yaml",
    ROOT / "tests" / "safety" / "vignettes_blind.yaml",
)


def print_scores(name: str, vignettes: list[Vignette], show_errors: bool) -> None:
    report = score(vignettes)
    o = report.overall
    print(
        f"\n{name}: {len(vignettes)} vignettes, {sum(bool(v.expect) for v in vignettes)} emergencies"
    )
    print(f"  {'category':<22} {'recall':>7} {'precision':>9} {'tp':>4} {'fp':>4} {'fn':>4}")
    for cat in CATEGORY_NAMES:
        c = report.per_category.get(cat)
        if c is not None:
            print(f"  {cat:<22} {c.recall:7.3f} {c.precision:9.3f} {c.tp:4} {c.fp:4} {c.fn:4}")
    print(f"  {'ALL':<22} {o.recall:7.3f} {o.precision:9.3f} {o.tp:4} {o.fp:4} {o.fn:4}")
    if show_errors:
        for line in report.errors:
            print("   ", line)


def throughput(texts: list[str], rounds: int) -> tuple[float, float]:
    screener = default_screener()
    for t in texts:  # warm up (compiles on first use)
        screener.screen([t])
    start = time.perf_counter()
    for _ in range(rounds):
        for t in texts:
            screener.screen([t])
    elapsed = time.perf_counter() - start
    n = rounds * len(texts)
    return n / elapsed, elapsed / n * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--errors", action="store_true", help="print every wrong vignette")
    args = parser.parse_args()
    all_texts: list[str] = []
    for path in SETS:
        vignettes = load_vignettes(path)
        print_scores(path.name, vignettes, args.errors)
        all_texts += [v.text for v in vignettes]
    mean_chars = sum(map(len, all_texts)) / len(all_texts)
    rate, micros = throughput(all_texts, args.rounds)
    print(
        f"\nthroughput: {rate:,.0f} messages/s, {micros:.1f} us/message "
        f"({len(all_texts)} messages, mean {mean_chars:.0f} chars, {args.rounds} rounds, "
        f"Python {sys.version.split()[0]})"
    )
    long_text = " ".join(all_texts[:40])  # ~2.5k chars: a long clinical note
    rate, micros = throughput([long_text], max(1, args.rounds // 5))
    print(f"long text: {len(long_text)} chars, {micros:.0f} us/text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
